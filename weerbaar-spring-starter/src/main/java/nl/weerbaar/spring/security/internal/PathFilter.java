package nl.weerbaar.spring.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter that acts on some paths only and lets every other request pass untouched.
 */
abstract class PathFilter extends OncePerRequestFilter {

    private final RequestMatcher paths;

    PathFilter(RequestMatcher paths) {
        this.paths = paths;
    }

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        return !paths.matches(request);
    }
}
