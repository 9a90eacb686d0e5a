package nl.weerbaar.spring.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lets a login to Camunda's webapps in the same browser count as a login on these paths: when the host's chain has
 * authenticated nobody, the webapps' session user becomes the caller of this one request (never stored in the
 * session, so it ends with the webapps' login). A caller the host authenticated itself is left as it is.
 */
final class WebappSessionFilter extends PathFilter {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final Function<HttpServletRequest, Optional<String>> sessions;

    WebappSessionFilter(RequestMatcher paths, Function<HttpServletRequest, Optional<String>> sessions) {
        super(paths);
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Optional<String> user = current == null || TRUST.isAnonymous(current) ? sessions.apply(request)
                : Optional.empty();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
