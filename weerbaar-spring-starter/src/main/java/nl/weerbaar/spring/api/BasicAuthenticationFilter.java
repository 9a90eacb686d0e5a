package nl.weerbaar.spring.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.weerbaar.spring.api.internal.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Authenticates calls to the Weerbaar API with HTTP Basic against Camunda's identity service and, for the
 * duration of the request, sets the user, their groups and their tenants on the identity service — the same
 * authentication Camunda's own REST API uses, so authorization and tenant checks apply.
 */
public class BasicAuthenticationFilter extends OncePerRequestFilter {

    private final ProcessEngine engine;

    public BasicAuthenticationFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The OpenAPI document is for everyone ({@code /core/publish-openapi}). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + WeerbaarApi.OPENAPI_V1);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credentials = credentials(request.getHeader(HttpHeaders.AUTHORIZATION));
        IdentityService identity = engine.getIdentityService();
        if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"weerbaar\"");
            Problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Meld u aan met uw gebruikersnaam en wachtwoord (HTTP Basic).");
            return;
        }
        String userId = credentials[0];
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identity.setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String[] credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
