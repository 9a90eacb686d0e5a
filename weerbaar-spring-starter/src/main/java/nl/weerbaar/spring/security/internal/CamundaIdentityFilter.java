package nl.weerbaar.spring.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.weerbaar.spring.security.CamundaIdentity;
import nl.weerbaar.spring.security.CamundaIdentityAuthentication;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Hands the caller Spring Security authenticated to Camunda's identity service for the duration of the request —
 * user, groups, tenants — so Camunda's authorization and tenant checks see them, and clears it afterwards. Runs last
 * in the chain, after Spring Security has let the request through, as Camunda's own
 * {@code ProcessEngineAuthenticationFilter} does for its REST API.
 */
public final class CamundaIdentityFilter extends PathFilter {

    private final CamundaIdentities identities;
    private final Supplier<IdentityService> identityService;

    public CamundaIdentityFilter(RequestMatcher paths, CamundaIdentities identities,
                                 Supplier<IdentityService> identityService) {
        super(paths);
        this.identities = identities;
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CamundaIdentity> identity = identities.of(SecurityContextHolder.getContext().getAuthentication());
        if (identity.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        IdentityService camunda = identityService.get();
        camunda.setAuthentication(new CamundaIdentityAuthentication(identity.get()));
        try {
            chain.doFilter(request, response);
        } finally {
            camunda.clearAuthentication();
        }
    }
}
