package nl.weerbaar.spring.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Checks a user name and password (HTTP Basic, a login form) against Camunda's own users with
 * {@link IdentityService#checkPassword}, so Camunda's login throttling applies: after a failed attempt the user is
 * refused for a growing delay, and locked after too many. The user's Camunda groups become their authorities.
 * A host plugs it into its chain ({@code http.authenticationProvider(...)}) or declares it as its one
 * {@code AuthenticationProvider} bean.
 */
public final class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

    private final Supplier<IdentityService> identityService;

    public IdentityServiceAuthenticationProvider(IdentityService identityService) {
        Objects.requireNonNull(identityService, "identityService");
        this.identityService = () -> identityService;
    }

    /** For a chain built before the engine: the identity service is looked up at the first login. */
    public IdentityServiceAuthenticationProvider(Supplier<IdentityService> identityService) {
        this.identityService = Objects.requireNonNull(identityService, "identityService");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        IdentityService identity = identityService.get();
        if (user == null || user.isBlank() || password == null
                || !identity.checkPassword(user, password.toString())) {
            throw new BadCredentialsException("Camunda's identity service refused the credentials of '" + user
                    + "' (wrong password, unknown user, or locked after failed attempts)");
        }
        List<GrantedAuthority> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        UsernamePasswordAuthenticationToken authenticated =
                UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
        authenticated.setDetails(authentication.getDetails());
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
