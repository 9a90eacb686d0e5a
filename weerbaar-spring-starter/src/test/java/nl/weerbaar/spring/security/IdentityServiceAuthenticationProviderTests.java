package nl.weerbaar.spring.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Camunda decides whether a user name and password are right — its throttling and locking included — and the user's
 * Camunda groups become their authorities.
 */
class IdentityServiceAuthenticationProviderTests {

    private final IdentityService camunda = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final IdentityServiceAuthenticationProvider provider = new IdentityServiceAuthenticationProvider(camunda);

    @Test
    void acceptsWhatCamundaAcceptsWithTheUsersGroupsAsAuthorities() {
        when(camunda.checkPassword("utrecht.aov", "demo")).thenReturn(true);
        Group group = mock(Group.class);
        when(group.getId()).thenReturn("weerbaar-aov-adviseur");
        when(camunda.createGroupQuery().groupMember("utrecht.aov").list()).thenReturn(List.of(group));

        Authentication authenticated = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("utrecht.aov", "demo"));

        assertThat(authenticated.isAuthenticated()).isTrue();
        assertThat(authenticated.getName()).isEqualTo("utrecht.aov");
        assertThat(authenticated.getCredentials()).as("no password kept").isNull();
        assertThat(authenticated.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("weerbaar-aov-adviseur");
    }

    @Test
    void refusesWhatCamundaRefusesSoItsLoginThrottlingCounts() {
        when(camunda.checkPassword("utrecht.aov", "fout")).thenReturn(false);

        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("utrecht.aov", "fout")))
                .isInstanceOf(BadCredentialsException.class).hasMessageContaining("'utrecht.aov'");
        verify(camunda).checkPassword("utrecht.aov", "fout");
    }

    @Test
    void refusesAnEmptyUserNameWithoutAskingCamunda() {
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("", "x")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void handlesUserNamesAndPasswordsOnly() {
        assertThat(provider.supports(UsernamePasswordAuthenticationToken.class)).isTrue();
        assertThat(provider.supports(BearerTokenAuthenticationToken.class)).isFalse();
    }
}
