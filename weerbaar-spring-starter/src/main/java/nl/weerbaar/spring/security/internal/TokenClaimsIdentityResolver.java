package nl.weerbaar.spring.security.internal;

import nl.weerbaar.spring.security.CamundaIdentity;
import nl.weerbaar.spring.security.CamundaIdentityResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Groups and tenants from the claims of a token caller: a JWT bearer token (its claims), an OIDC login (the ID token
 * and user info) or an introspected opaque token (its attributes). A claim may hold a list or one string of values
 * separated by commas or spaces; a dotted name such as {@code realm_access.roles} reaches into a nested claim. A
 * blank claim name takes that part from Camunda's identity service. Callers without claims are left to the next
 * resolver.
 */
public final class TokenClaimsIdentityResolver implements CamundaIdentityResolver {

    private final String groupsClaim;
    private final String tenantsClaim;
    private final IdentityServiceIdentityResolver identityService;

    public TokenClaimsIdentityResolver(String groupsClaim, String tenantsClaim,
                                       IdentityServiceIdentityResolver identityService) {
        this.groupsClaim = blankToNull(groupsClaim);
        this.tenantsClaim = blankToNull(tenantsClaim);
        this.identityService = identityService;
    }

    @Override
    public Optional<CamundaIdentity> resolve(Authentication authentication) {
        Map<String, Object> claims = claims(authentication.getPrincipal());
        String userId = authentication.getName();
        if (claims == null || userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        List<String> groups = groupsClaim == null ? identityService.groups(userId) : values(claims, groupsClaim);
        List<String> tenants = tenantsClaim == null ? identityService.tenants(userId) : values(claims, tenantsClaim);
        return Optional.of(new CamundaIdentity(userId, groups, tenants, tenantsClaim));
    }

    private static Map<String, Object> claims(Object principal) {
        if (principal instanceof ClaimAccessor token) {
            return token.getClaims();
        }
        if (principal instanceof OAuth2AuthenticatedPrincipal introspected) {
            return introspected.getAttributes();
        }
        return null;
    }

    static List<String> values(Map<String, Object> claims, String name) {
        return values(claim(claims, name));
    }

    private static Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        int dot = name.indexOf('.');
        if (dot > 0 && claims.get(name.substring(0, dot)) instanceof Map<?, ?> nested) {
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) nested;
            return claim(inner, name.substring(dot + 1));
        }
        return null;
    }

    private static List<String> values(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof Collection<?> collection) {
            return collection.stream().filter(Objects::nonNull).map(Object::toString).map(String::strip)
                    .filter(value -> !value.isEmpty()).distinct().toList();
        }
        if (claim instanceof Object[] array) {
            return values(Arrays.asList(array));
        }
        return Arrays.stream(claim.toString().split("[,\\s]+")).filter(value -> !value.isEmpty()).distinct()
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
