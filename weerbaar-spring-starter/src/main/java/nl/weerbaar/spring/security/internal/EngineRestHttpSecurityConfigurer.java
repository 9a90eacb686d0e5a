package nl.weerbaar.spring.security.internal;

import nl.weerbaar.spring.security.WeerbaarHttpSecurityConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Camunda's engine REST API ({@code spring.jersey.application-path}, {@code /engine-rest} by default): every call,
 * the list of engines too, needs an authenticated caller; an unauthenticated one gets 401 with the chain's
 * challenges; only calls that rely on a session need a CSRF token.
 */
public final class EngineRestHttpSecurityConfigurer implements WeerbaarHttpSecurityConfigurer {

    private final String pattern;

    public EngineRestHttpSecurityConfigurer(String applicationPath) {
        this.pattern = Paths.below(applicationPath);
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        RequestMatcher rest = Paths.matcher(pattern);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(rest).authenticated());
        http.exceptionHandling(refusals -> refusals.defaultAuthenticationEntryPointFor(new ChallengeEntryPoint(http),
                rest));
        Paths.csrfOnlyForSessions(http, rest);
    }

    public String pattern() {
        return pattern;
    }
}
