package nl.weerbaar.spring.security;

import nl.weerbaar.spring.security.internal.IdentityServiceIdentityResolver;
import nl.weerbaar.spring.security.internal.TokenClaimsIdentityResolver;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the Camunda identity (user, groups, tenants) of a caller Spring Security authenticated. Every bean of this
 * type is asked in order ({@code @Order}); the first that answers wins. The starter's defaults: token claims for JWT
 * and OIDC callers ({@code weerbaar.security.groups-claim}, {@code weerbaar.security.tenants-claim}), then Camunda's
 * identity service for everyone else. Add a bean of your own to decide differently, or replace a default by its
 * bean name ({@code weerbaarTokenClaimsIdentityResolver}, {@code weerbaarIdentityServiceIdentityResolver}).
 */
@FunctionalInterface
public interface CamundaIdentityResolver {

    /**
     * The caller's Camunda identity, or empty when this resolver does not handle this kind of authentication.
     *
     * @param authentication an authenticated (not anonymous) caller
     */
    Optional<CamundaIdentity> resolve(Authentication authentication);

    /** The user's groups and tenant memberships as Camunda's identity service keeps them. */
    static CamundaIdentityResolver fromIdentityService(Supplier<IdentityService> identityService) {
        return new IdentityServiceIdentityResolver(identityService);
    }

    /**
     * Groups and tenants from the claims of a JWT or OIDC caller; a blank claim name takes that part from Camunda's
     * identity service instead. Answers nothing for callers without token claims (HTTP Basic, for one).
     */
    static CamundaIdentityResolver fromTokenClaims(String groupsClaim, String tenantsClaim,
                                                   Supplier<IdentityService> identityService) {
        return new TokenClaimsIdentityResolver(groupsClaim, tenantsClaim,
                new IdentityServiceIdentityResolver(identityService));
    }
}
