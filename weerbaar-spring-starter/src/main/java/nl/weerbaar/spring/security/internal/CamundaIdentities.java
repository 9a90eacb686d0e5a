package nl.weerbaar.spring.security.internal;

import nl.weerbaar.spring.security.CamundaIdentity;
import nl.weerbaar.spring.security.CamundaIdentityResolver;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks the {@link CamundaIdentityResolver} beans in order for the Camunda identity of an authenticated caller.
 */
public final class CamundaIdentities {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final Supplier<List<CamundaIdentityResolver>> resolvers;

    public CamundaIdentities(Supplier<List<CamundaIdentityResolver>> resolvers) {
        this.resolvers = resolvers;
    }

    /** The identity of this caller, or empty for nobody, an anonymous caller, or one no resolver recognises. */
    public Optional<CamundaIdentity> of(Authentication authentication) {
        if (!TRUST.isAuthenticated(authentication)) {
            return Optional.empty();
        }
        for (CamundaIdentityResolver resolver : resolvers.get()) {
            Optional<CamundaIdentity> identity = resolver.resolve(authentication);
            if (identity.isPresent()) {
                return identity;
            }
        }
        return Optional.empty();
    }
}
