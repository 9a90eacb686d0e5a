package nl.weerbaar.spring.security.internal;

import nl.weerbaar.spring.security.CamundaIdentity;
import nl.weerbaar.spring.security.CamundaIdentityResolver;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Groups and tenants of JWT and OIDC callers come from their claims, in whatever shape the identity provider sends
 * them; a blank claim name falls back to Camunda's identity service; other callers are left alone.
 */
class TokenClaimsIdentityResolverTests {

    private final IdentityService camunda = mock(IdentityService.class, RETURNS_DEEP_STUBS);

    private CamundaIdentityResolver resolver(String groupsClaim, String tenantsClaim) {
        return CamundaIdentityResolver.fromTokenClaims(groupsClaim, tenantsClaim, () -> camunda);
    }

    @Test
    void readsGroupsAndTenantsFromJwtClaims() {
        Optional<CamundaIdentity> identity = resolver("groups", "tenants").resolve(jwt(Map.of(
                "groups", List.of("weerbaar-aov-adviseur", "weerbaar-griffie"), "tenants", List.of("utrecht"))));

        assertThat(identity).contains(new CamundaIdentity("utrecht.aov", List.of("weerbaar-aov-adviseur",
                "weerbaar-griffie"), List.of("utrecht"), "tenants"));
        verifyNoInteractions(camunda);
    }

    @Test
    void readsAStringOfValuesAndANestedClaim() {
        Optional<CamundaIdentity> identity = resolver("realm_access.roles", "gemeente").resolve(jwt(Map.of(
                "realm_access", Map.of("roles", List.of("weerbaar-bcm-coordinator", " ")),
                "gemeente", "utrecht, amersfoort")));

        assertThat(identity).map(CamundaIdentity::groupIds).contains(List.of("weerbaar-bcm-coordinator"));
        assertThat(identity).map(CamundaIdentity::tenantIds).contains(List.of("utrecht", "amersfoort"));
    }

    @Test
    void aClaimNameWithADotIsReadAsItStandsFirst() {
        Optional<CamundaIdentity> identity = resolver("https://weerbaar.nl/groups", "tenants").resolve(jwt(Map.of(
                "https://weerbaar.nl/groups", List.of("weerbaar-griffie"), "tenants", "utrecht")));

        assertThat(identity).map(CamundaIdentity::groupIds).contains(List.of("weerbaar-griffie"));
    }

    @Test
    void aMissingTenantClaimMeansNoTenantAndIsNamed() {
        Optional<CamundaIdentity> identity = resolver("groups", "tenants")
                .resolve(jwt(Map.of("groups", List.of("weerbaar-aov-adviseur"))));

        assertThat(identity).map(CamundaIdentity::tenantIds).contains(List.of());
        assertThat(identity).map(CamundaIdentity::tenantsClaim).contains("tenants");
    }

    @Test
    void aBlankClaimNameTakesThatPartFromCamundasIdentityService() {
        Group group = mock(Group.class);
        when(group.getId()).thenReturn("weerbaar-wethouder");
        when(camunda.createGroupQuery().groupMember("utrecht.aov").list()).thenReturn(List.of(group));

        Optional<CamundaIdentity> identity = resolver(" ", "tenants").resolve(jwt(Map.of("tenants", "utrecht")));

        assertThat(identity).contains(new CamundaIdentity("utrecht.aov", List.of("weerbaar-wethouder"),
                List.of("utrecht"), "tenants"));
    }

    @Test
    void readsTheClaimsOfAnOidcLogin() {
        OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "sub", "f3a1", "preferred_username", "amersfoort.aov", "groups", List.of("weerbaar-aov-adviseur"),
                "tenants", List.of("amersfoort")));
        DefaultOidcUser user = new DefaultOidcUser(AuthorityUtils.NO_AUTHORITIES, idToken, "preferred_username");
        OAuth2AuthenticationToken login = new OAuth2AuthenticationToken(user, user.getAuthorities(), "gemeente");

        assertThat(resolver("groups", "tenants").resolve(login)).contains(new CamundaIdentity("amersfoort.aov",
                List.of("weerbaar-aov-adviseur"), List.of("amersfoort"), "tenants"));
    }

    @Test
    void leavesCallersWithoutClaimsToTheNextResolver() {
        UsernamePasswordAuthenticationToken basic = UsernamePasswordAuthenticationToken.authenticated("utrecht.aov",
                null, AuthorityUtils.NO_AUTHORITIES);

        assertThat(resolver("groups", "tenants").resolve(basic)).isEmpty();
    }

    @Test
    void theIdentityServiceResolverAsksCamundaForGroupsAndTenants() {
        Group group = mock(Group.class);
        when(group.getId()).thenReturn("weerbaar-aov-adviseur");
        Tenant tenant = mock(Tenant.class);
        when(tenant.getId()).thenReturn("utrecht");
        when(camunda.createGroupQuery().groupMember("utrecht.aov").list()).thenReturn(List.of(group));
        when(camunda.createTenantQuery().userMember("utrecht.aov").includingGroupsOfUser(true).list())
                .thenReturn(List.of(tenant));
        UsernamePasswordAuthenticationToken basic = UsernamePasswordAuthenticationToken.authenticated("utrecht.aov",
                null, AuthorityUtils.NO_AUTHORITIES);

        assertThat(CamundaIdentityResolver.fromIdentityService(() -> camunda).resolve(basic)).contains(
                new CamundaIdentity("utrecht.aov", List.of("weerbaar-aov-adviseur"), List.of("utrecht")));
    }

    private static JwtAuthenticationToken jwt(Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("utrecht.aov").claims(c -> c.putAll(claims))
                .build();
        return new JwtAuthenticationToken(jwt, AuthorityUtils.NO_AUTHORITIES);
    }
}
