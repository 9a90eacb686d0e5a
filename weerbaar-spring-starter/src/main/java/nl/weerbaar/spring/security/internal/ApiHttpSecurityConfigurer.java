package nl.weerbaar.spring.security.internal;

import nl.weerbaar.spring.security.WeerbaarHttpSecurityConfigurer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Weerbaar API ({@code /api/weerbaar/**}): every call needs an authenticated caller but the OpenAPI document; an
 * unauthenticated call gets 401 with the chain's challenges, never a login redirect; every 401 and 403 comes as a
 * problem with a Dutch detail; only calls that rely on a session need a CSRF token.
 */
public final class ApiHttpSecurityConfigurer implements WeerbaarHttpSecurityConfigurer {

    @Override
    public void configure(HttpSecurity http) throws Exception {
        RequestMatcher api = Paths.matcher(Paths.API);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(Paths.matcher(HttpMethod.GET, Paths.OPENAPI)).permitAll()
                .requestMatchers(api).authenticated());
        http.exceptionHandling(refusals -> refusals.defaultAuthenticationEntryPointFor(new ChallengeEntryPoint(http),
                api));
        Paths.csrfOnlyForSessions(http, api);
        http.addFilterBefore(new ProblemResponseFilter(api), DisableEncodeUrlFilter.class);
    }
}
