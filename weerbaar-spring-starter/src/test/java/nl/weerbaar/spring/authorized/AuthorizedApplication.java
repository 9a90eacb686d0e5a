package nl.weerbaar.spring.authorized;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import jakarta.servlet.DispatcherType;
import nl.weerbaar.spring.security.IdentityServiceAuthenticationProvider;
import nl.weerbaar.spring.security.WeerbaarHttpSecurity;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * An application with Camunda authorization on, its tenants kept in Camunda's identity service (created when the
 * engine is built, before Weerbaar deploys), only the measure process deployed, and HTTP Basic against Camunda's users
 * as its Spring Security.
 */
@SpringBootApplication
public class AuthorizedApplication {

    static final String PASSWORD = "geheim";

    @Bean
    SecurityFilterChain security(HttpSecurity http, WeerbaarHttpSecurity weerbaar) throws Exception {
        weerbaar.configure(http);
        return http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(withDefaults()).build();
    }

    @Bean
    IdentityServiceAuthenticationProvider camundaUsers(ProcessEngine engine) {
        return new IdentityServiceAuthenticationProvider(engine.getIdentityService());
    }

    /** Stands in for the municipality's own identity set-up. */
    @Bean
    ProcessEnginePlugin identitySetUp() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                IdentityService identity = engine.getIdentityService();
                if (identity.createTenantQuery().tenantId("zeist").count() > 0) {
                    return;
                }
                for (String tenant : new String[] {"zeist", "houten"}) {
                    identity.saveTenant(identity.newTenant(tenant));
                    User user = identity.newUser(tenant + ".aov");
                    user.setPassword(PASSWORD);
                    identity.saveUser(user);
                    identity.createTenantUserMembership(tenant, tenant + ".aov");
                }
                User outsider = identity.newUser("houten.stagiair");
                outsider.setPassword(PASSWORD);
                identity.saveUser(outsider);
                identity.createTenantUserMembership("houten", "houten.stagiair");
                // zeist.aov may start and read measures; houten.stagiair may read but not start.
                grant(engine, "zeist.aov", Resources.PROCESS_DEFINITION, Permissions.READ, Permissions.CREATE_INSTANCE,
                        Permissions.READ_INSTANCE);
                grant(engine, "zeist.aov", Resources.PROCESS_INSTANCE, Permissions.CREATE, Permissions.READ);
                grant(engine, "houten.stagiair", Resources.PROCESS_DEFINITION, Permissions.READ,
                        Permissions.READ_INSTANCE);
                grant(engine, "houten.stagiair", Resources.PROCESS_INSTANCE, Permissions.READ);
            }
        };
    }

    private static void grant(ProcessEngine engine, String user, Resources resource, Permissions... permissions) {
        Authorization authorization = engine.getAuthorizationService()
                .createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId(user);
        authorization.setResource(resource);
        authorization.setResourceId("*");
        for (Permissions permission : permissions) {
            authorization.addPermission(permission);
        }
        engine.getAuthorizationService().saveAuthorization(authorization);
    }
}
