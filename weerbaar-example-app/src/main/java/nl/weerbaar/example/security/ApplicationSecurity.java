package nl.weerbaar.example.security;

import jakarta.servlet.DispatcherType;
import nl.weerbaar.spring.security.IdentityServiceAuthenticationProvider;
import nl.weerbaar.spring.security.WeerbaarHttpSecurity;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * The application's one {@link SecurityFilterChain}. Weerbaar's rules come first: the Weerbaar API and Camunda's
 * engine REST API need an authenticated caller, who is handed to Camunda's identity service with their groups and
 * tenants, and refusals on the API are Dutch problems. Then the application's own:
 * <ul>
 *   <li>by default HTTP Basic against Camunda's users for both APIs, and Camunda's webapps under {@code /camunda}
 *   with their own login, unchanged;</li>
 *   <li>with the {@code oidc} profile ({@code application-oidc.properties}) an OIDC login at the gemeente's identity
 *   provider for the webapps, which take the user from it, and its JWT bearer tokens for both APIs.</li>
 * </ul>
 * Only health is anonymous. CSRF: the webapps keep Camunda's own CSRF filter; API calls with their own credentials
 * need no token, a call that relies on a login session does.
 */
@Configuration(proxyBeanMethods = false)
public class ApplicationSecurity {

    /** The profile that logs in at the gemeente's OIDC provider. */
    public static final String OIDC = "oidc";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, WeerbaarHttpSecurity weerbaar, Environment environment,
                                            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps)
            throws Exception {
        boolean oidc = environment.acceptsProfiles(Profiles.of(OIDC));
        RequestMatcher camunda = path(webapps + "/**");
        weerbaar.configure(http);
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(path("/actuator/health/**")).permitAll()
                    .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
            if (!oidc) {
                // Camunda's webapps log their users in themselves. "/" only redirects there; their login page asks
                // for "/camunda-welcome" (Camunda Run's welcome page), and a 401 with a Basic challenge there would
                // make the browser show its own login dialog over Camunda's.
                requests.requestMatchers(camunda, path("/"), path("/camunda-welcome")).permitAll();
            }
            requests.anyRequest().authenticated();
        });
        // Camunda's CsrfPreventionFilter guards the webapps' own API; a second token would break their requests.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(camunda));
        if (oidc) {
            http.oauth2Login(withDefaults()).oauth2ResourceServer(tokens -> tokens.jwt(withDefaults()));
        } else {
            http.httpBasic(basic -> basic.realmName("weerbaar"));
        }
        return http.build();
    }

    /** Camunda's users, checked by Camunda (login throttling included), for HTTP Basic. */
    @Bean
    @Profile("!" + OIDC)
    IdentityServiceAuthenticationProvider camundaUsers(ObjectProvider<ProcessEngine> engine) {
        return new IdentityServiceAuthenticationProvider(() -> engine.getObject().getIdentityService());
    }

    @Bean
    ProcessEnginePlugin tenantRefusalAsForbidden() {
        return new TenantRefusalAsForbidden();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
