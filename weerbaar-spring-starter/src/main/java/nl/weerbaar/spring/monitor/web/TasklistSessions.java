package nl.weerbaar.spring.monitor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import java.util.Optional;
import java.util.function.Function;

/**
 * The user logged in to Camunda's webapps (Tasklist, Cockpit, Admin) in this browser session, as Camunda's own
 * {@code AuthenticationFilter} keeps them in the HTTP session — so a Tasklist login is enough for the monitor. The
 * user comes from the session; their groups and tenants are read afresh from the identity service on every request,
 * so a membership taken away counts at once. Needs Camunda's webapp classes ({@code camunda-webapp-jakarta}).
 */
public final class TasklistSessions implements Function<HttpServletRequest, Optional<Authentication>> {

    private final ProcessEngine engine;

    public TasklistSessions(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public Optional<Authentication> apply(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication
                user) || user.getName() == null) {
            return Optional.empty();
        }
        String userId = user.getName();
        if (engine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Authentication(userId, AuthenticationUtil.getGroupsOfUser(engine, userId),
                AuthenticationUtil.getTenantsOfUser(engine, userId)));
    }
}
