package nl.weerbaar.spring.security.internal;

import nl.weerbaar.spring.security.WeerbaarHttpSecurityConfigurer;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.function.Supplier;

/**
 * Bridges the authenticated caller to Camunda's identity service on the Weerbaar API and the engine REST API
 * ({@link CamundaIdentityFilter}, after Spring Security's authorization).
 */
public final class CamundaIdentityHttpSecurityConfigurer implements WeerbaarHttpSecurityConfigurer {

    private final List<String> patterns;
    private final CamundaIdentities identities;
    private final Supplier<IdentityService> identityService;

    public CamundaIdentityHttpSecurityConfigurer(List<String> patterns, CamundaIdentities identities,
                                                 Supplier<IdentityService> identityService) {
        this.patterns = List.copyOf(patterns);
        this.identities = identities;
        this.identityService = identityService;
    }

    @Override
    public void configure(HttpSecurity http) {
        RequestMatcher paths = new OrRequestMatcher(patterns.stream().map(Paths::matcher).toList());
        http.addFilterAfter(new CamundaIdentityFilter(paths, identities, identityService), AuthorizationFilter.class);
    }

    public List<String> patterns() {
        return patterns;
    }
}
