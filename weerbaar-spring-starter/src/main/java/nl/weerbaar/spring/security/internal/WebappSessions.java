package nl.weerbaar.spring.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The user logged in to Camunda's webapps (Tasklist, Cockpit, Admin) in this browser session, as Camunda's own
 * {@code AuthenticationFilter} keeps them in the HTTP session, provided the identity service still knows them. Only
 * the user id: their groups and tenants are resolved afresh on every request, so a membership taken away counts at
 * once. Needs Camunda's webapp classes ({@code camunda-webapp-jakarta}).
 */
public final class WebappSessions implements Function<HttpServletRequest, Optional<String>> {

    private final Supplier<ProcessEngine> engine;

    public WebappSessions(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public Optional<String> apply(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        ProcessEngine processEngine = engine.get();
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(processEngine.getName())
                instanceof UserAuthentication user) || user.getName() == null) {
            return Optional.empty();
        }
        String userId = user.getName();
        if (processEngine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
            return Optional.empty();
        }
        return Optional.of(userId);
    }
}
