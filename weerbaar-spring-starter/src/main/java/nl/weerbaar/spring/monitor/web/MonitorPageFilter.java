package nl.weerbaar.spring.monitor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * For every request of the monitor's pages: the security headers a page of a government organisation carries, and —
 * when the application's own security has not handed a caller to Camunda's identity service — the user of the
 * browser's Tasklist login, for the duration of the request.
 */
public final class MonitorPageFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final String path;
    private final IdentityService identity;
    private final Function<HttpServletRequest, Optional<Authentication>> sessions;

    /**
     * @param path     the monitor's path, e.g. {@code /weerbaar}
     * @param sessions the caller of a webapp login session, if any
     */
    public MonitorPageFilter(String path, IdentityService identity,
                             Function<HttpServletRequest, Optional<Authentication>> sessions) {
        this.path = path;
        this.identity = identity;
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String within = request.getRequestURI().substring(request.getContextPath().length());
        return !(within.equals(path) || within.startsWith(path + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().startsWith(request.getContextPath() + path + "/assets/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (identity.getCurrentAuthentication() != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> caller = sessions.apply(request);
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(caller.get());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
