package nl.weerbaar.spring.security.internal;

import nl.weerbaar.spring.security.CamundaIdentity;
import nl.weerbaar.spring.security.CamundaIdentityAuthentication;
import nl.weerbaar.spring.security.CamundaIdentityResolver;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The caller Spring Security let through is Camunda's authenticated user for exactly the duration of the request, on
 * the bridged paths only.
 */
class CamundaIdentityFilterTests {

    private static final CamundaIdentity UTRECHT = new CamundaIdentity("utrecht.aov",
            List.of("weerbaar-aov-adviseur"), List.of("utrecht"), "tenants");

    private final IdentityService camunda = mock(IdentityService.class);
    private final AtomicReference<Authentication> current = new AtomicReference<>();
    private final CamundaIdentityResolver resolver = authentication -> Optional.of(UTRECHT);
    private final CamundaIdentityFilter filter = new CamundaIdentityFilter(Paths.matcher("/engine-rest/**"),
            new CamundaIdentities(() -> List.of(resolver)), () -> camunda);

    CamundaIdentityFilterTests() {
        doAnswer(call -> {
            current.set(call.getArgument(0));
            return null;
        }).when(camunda).setAuthentication(any(Authentication.class));
        doAnswer(call -> {
            current.set(null);
            return null;
        }).when(camunda).clearAuthentication();
    }

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void setsTheCallerOnCamundaForTheRequestAndClearsItAfter() throws Exception {
        authenticate();
        AtomicReference<Authentication> during = new AtomicReference<>();

        filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), new MockHttpServletResponse(),
                (request, response) -> during.set(current.get()));

        assertThat(during.get()).isInstanceOfSatisfying(CamundaIdentityAuthentication.class, bridged -> {
            assertThat(bridged.getUserId()).isEqualTo("utrecht.aov");
            assertThat(bridged.getGroupIds()).containsExactly("weerbaar-aov-adviseur");
            assertThat(bridged.getTenantIds()).containsExactly("utrecht");
            assertThat(bridged.identity().tenantsClaim()).isEqualTo("tenants");
        });
        assertThat(current.get()).isNull();
    }

    @Test
    void clearsItEvenWhenTheRequestFails() {
        authenticate();

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"),
                new MockHttpServletResponse(), (request, response) -> {
                    throw new IllegalStateException("engine down");
                })).hasMessage("engine down");
        assertThat(current.get()).isNull();
    }

    @Test
    void bridgesNobodyOnOtherPathsOrForAnAnonymousCaller() throws Exception {
        authenticate();
        filter.doFilter(new MockHttpServletRequest("GET", "/camunda/app/tasklist/"), new MockHttpServletResponse(),
                (request, response) -> { });
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), new MockHttpServletResponse(),
                (request, response) -> { });

        verify(camunda, never()).setAuthentication(any(Authentication.class));
    }

    private static void authenticate() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "utrecht.aov", null, AuthorityUtils.NO_AUTHORITIES));
    }
}
