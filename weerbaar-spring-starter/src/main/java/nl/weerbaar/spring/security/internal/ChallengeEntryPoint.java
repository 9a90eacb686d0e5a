package nl.weerbaar.spring.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers an unauthenticated call to an API with 401 and a challenge for each way the host's chain accepts
 * credentials (HTTP Basic, bearer tokens) — never with a redirect to a login page, which an API client cannot follow.
 * Which ways those are is read from the chain when the first call comes, after the host has configured it.
 */
public final class ChallengeEntryPoint implements AuthenticationEntryPoint {

    static final String BASIC = "Basic realm=\"weerbaar\"";
    static final String BEARER = "Bearer";
    private static final String RESOURCE_SERVER = "org.springframework.security.config.annotation.web.configurers"
            + ".oauth2.server.resource.OAuth2ResourceServerConfigurer";

    private final HttpSecurity http;
    private volatile List<String> challenges;

    public ChallengeEntryPoint(HttpSecurity http) {
        this.http = http;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal) {
        for (String challenge : challenges()) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    List<String> challenges() {
        List<String> known = challenges;
        if (known == null) {
            known = new ArrayList<>();
            if (http.getConfigurer(HttpBasicConfigurer.class) != null) {
                known.add(BASIC);
            }
            if (resourceServer()) {
                known.add(BEARER);
            }
            challenges = known = List.copyOf(known);
        }
        return known;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean resourceServer() {
        ClassLoader loader = ChallengeEntryPoint.class.getClassLoader();
        if (!ClassUtils.isPresent("org.springframework.security.oauth2.server.resource.web.BearerTokenResolver",
                loader)) {
            return false;
        }
        try {
            Class configurer = ClassUtils.forName(RESOURCE_SERVER, loader);
            return http.getConfigurer(configurer) != null;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
