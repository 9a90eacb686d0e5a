package nl.weerbaar.spring.security.internal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The paths Weerbaar secures, as matchers that work beside other servlets (Camunda's REST API runs in Jersey, not in
 * Spring MVC), and what every API path shares.
 */
public final class Paths {

    /** The Weerbaar API, every version. */
    public static final String API = "/api/weerbaar/**";
    /** The API's OpenAPI document, which the NL API Design Rules want published without authentication. */
    public static final String OPENAPI = "/api/weerbaar/*/openapi.json";

    private Paths() {
    }

    public static RequestMatcher matcher(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    public static RequestMatcher matcher(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** {@code /engine-rest/**} for {@code spring.jersey.application-path=/engine-rest} (with or without slashes). */
    public static String below(String applicationPath) {
        String path = applicationPath == null ? "" : applicationPath.strip();
        path = path.replaceAll("/\\*+$", "").replaceAll("/+$", "");
        return (path.startsWith("/") ? path : "/" + path) + "/**";
    }

    /**
     * CSRF protection guards credentials a browser sends by itself: a session cookie. A call that carries its own
     * {@code Authorization} header (HTTP Basic, a bearer token), or comes without a session, cannot ride on a
     * victim's login, so it needs no CSRF token; a call on these paths that relies on a session still does. Leaves a
     * chain without CSRF protection as it is.
     */
    static void csrfOnlyForSessions(HttpSecurity http, RequestMatcher paths) throws Exception {
        if (http.getConfigurer(CsrfConfigurer.class) != null) {
            RequestMatcher ownCredentials = request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null
                    || request.getRequestedSessionId() == null;
            http.csrf(csrf -> csrf.ignoringRequestMatchers(new AndRequestMatcher(paths, ownCredentials)));
        }
    }
}
