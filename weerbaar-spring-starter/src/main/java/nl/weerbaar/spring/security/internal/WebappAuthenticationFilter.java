package nl.weerbaar.spring.security.internal;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import nl.weerbaar.spring.security.CamundaIdentity;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lets Camunda's webapps (Tasklist, Cockpit, Admin) take the user Spring Security logged in — after an OIDC login,
 * say — instead of showing their own login form: Camunda's {@link ContainerBasedAuthenticationFilter} with a provider
 * that reads Spring Security's context, as Camunda's own Spring Security starter does, but with the caller's groups
 * and tenants from the {@link nl.weerbaar.spring.security.CamundaIdentityResolver}s.
 *
 * <p>Two differences from Camunda's filter: the user need not exist in Camunda's own user table (a gemeente keeps its
 * people in its identity provider), and the webapps' session login is renewed from Spring Security whenever Camunda
 * would revalidate it ({@code camunda.bpm.webapp.auth.cache.time-to-live}) — Camunda would otherwise look the user up
 * in its own tables, find nothing, and log them out.
 */
public final class WebappAuthenticationFilter extends ContainerBasedAuthenticationFilter {

    private final CamundaIdentities identities;
    private final long timeToLive;

    /**
     * @param timeToLive how long (milliseconds) a webapp login stands before it is renewed; 0 or less when Camunda
     *                   does not revalidate logins
     */
    public WebappAuthenticationFilter(CamundaIdentities identities, long timeToLive) {
        this.identities = identities;
        this.timeToLive = timeToLive;
    }

    @Override
    public void init(FilterConfig filterConfig) {
        authenticationProvider = new SpringSecurityProvider(identities);
    }

    @Override
    protected boolean existisAuthentication(Authentications authentications, String engineName, String username) {
        if (!super.existisAuthentication(authentications, engineName, username)) {
            return false;
        }
        if (timeToLive <= 0) {
            return true;
        }
        Date due = ((UserAuthentication) authentications.getAuthenticationForProcessEngine(engineName))
                .getCacheValidationTime();
        return due != null && ClockUtil.getCurrentTime().before(due);
    }

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
                                                      List<String> tenants) {
        // As AuthenticationUtil.createAuthentication, without requiring the user in Camunda's user table.
        engine.getIdentityService().clearAuthentication();
        Set<String> apps = new HashSet<>();
        apps.add(AuthenticationUtil.APP_WELCOME);
        if (engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
            AuthorizationService authorizations = engine.getAuthorizationService();
            Arrays.stream(AuthenticationUtil.APPS).filter(app -> authorizations.isUserAuthorized(username, groups,
                    Permissions.ACCESS, Resources.APPLICATION, app)).forEach(apps::add);
        } else {
            apps.addAll(Arrays.asList(AuthenticationUtil.APPS));
        }
        UserAuthentication authentication = new UserAuthentication(username, engine.getName());
        authentication.setGroupIds(groups);
        authentication.setTenantIds(tenants);
        authentication.setAuthorizedApps(apps);
        if (timeToLive > 0) {
            authentication.setCacheValidationTime(new Date(ClockUtil.getCurrentTime().getTime() + timeToLive));
        }
        return authentication;
    }

    /** Camunda's {@link ContainerBasedAuthenticationProvider}, reading Spring Security's caller. */
    static final class SpringSecurityProvider extends ContainerBasedAuthenticationProvider {

        private final CamundaIdentities identities;

        SpringSecurityProvider(CamundaIdentities identities) {
            this.identities = identities;
        }

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Optional<CamundaIdentity> identity = identities.of(SecurityContextHolder.getContext().getAuthentication());
            if (identity.isEmpty()) {
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = AuthenticationResult.successful(identity.get().userId());
            result.setGroups(identity.get().groupIds());
            result.setTenants(identity.get().tenantIds());
            return result;
        }
    }
}
