package nl.weerbaar.spring.security.internal;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's bare refusals on the API's paths become problems with a Dutch detail that says what went wrong;
 * refusals the API writes itself, and other paths, are left as they are.
 */
class ProblemResponseFilterTests {

    private final ProblemResponseFilter filter = new ProblemResponseFilter(Paths.matcher(Paths.API));

    @Test
    void turnsABareRefusalIntoAProblemAndKeepsTheChallenge() throws Exception {
        MockHttpServletResponse response = run("/api/weerbaar/v1/progress", null, (request, refused) -> {
            ((HttpServletResponse) refused).addHeader(HttpHeaders.WWW_AUTHENTICATE, ChallengeEntryPoint.BASIC);
            ((HttpServletResponse) refused).addHeader(HttpHeaders.WWW_AUTHENTICATE, ChallengeEntryPoint.BEARER);
            ((HttpServletResponse) refused).setStatus(401);
        });

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeaders(HttpHeaders.WWW_AUTHENTICATE))
                .containsExactly("Basic realm=\"weerbaar\"", "Bearer");
        String body = response.getContentAsString();
        assertThat(JsonPath.<Integer>read(body, "$.status")).isEqualTo(401);
        assertThat(JsonPath.<String>read(body, "$.title")).isEqualTo("Niet aangemeld");
        assertThat(JsonPath.<String>read(body, "$.detail"))
                .isEqualTo("Meld u aan om de Weerbaar-API te gebruiken: met HTTP Basic of een Bearer-token.");
        assertThat(JsonPath.<String>read(body, "$.instance")).isEqualTo("/api/weerbaar/v1/progress");
    }

    @Test
    void answersAnErrorPageRefusalWithAProblemInstead() throws Exception {
        MockHttpServletResponse response = run("/api/weerbaar/v1/progress", "Basic dXRyZWNodC5hb3Y6Zm91dA==",
                (request, refused) -> {
                    ((HttpServletResponse) refused).setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Realm\"");
                    ((HttpServletResponse) refused).sendError(401, "Unauthorized");
                });

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getErrorMessage()).as("no error page dispatch").isNull();
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).isEqualTo("Gebruikersnaam of"
                + " wachtwoord is onjuist, of de gebruiker is na te veel mislukte pogingen tijdelijk geblokkeerd.");
    }

    @Test
    void leavesARefusalTheApiWroteItselfAlone() throws Exception {
        MockHttpServletResponse response = run("/api/weerbaar/v1/progress", null, (request, refused) -> {
            ((HttpServletResponse) refused).setStatus(403);
            refused.getWriter().write("{\"detail\":\"Gebruiker x hoort bij geen gemeente of veiligheidsregio.\"}");
        });

        assertThat(response.getContentAsString())
                .isEqualTo("{\"detail\":\"Gebruiker x hoort bij geen gemeente of veiligheidsregio.\"}");
    }

    @Test
    void leavesOtherPathsAlone() throws Exception {
        MockHttpServletResponse response = run("/engine-rest/task", null,
                (request, refused) -> ((HttpServletResponse) refused).sendError(401, "Unauthorized"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getErrorMessage()).as("left to the error page").isEqualTo("Unauthorized");
        assertThat(response.getContentAsString()).isEmpty();
    }

    @Test
    void explainsEachRefusalInDutch() {
        List<String> bearerOnly = List.of("Bearer");
        assertThat(ProblemResponseFilter.detail(401, "Bearer x.y.z", List.of("Bearer error=\"invalid_token\","
                + " error_description=\"An error occurred while attempting to decode the Jwt: Jwt expired at"
                + " 2025-01-01T00:00:00Z\"")))
                .isEqualTo("Het toegangstoken is verlopen; vraag een nieuw token aan.");
        assertThat(ProblemResponseFilter.detail(401, "Bearer x.y.z", List.of("Bearer error=\"invalid_token\","
                + " error_description=\"An error occurred while attempting to decode the Jwt: Signed JWT rejected:"
                + " Invalid signature\"")))
                .startsWith("Het toegangstoken is ongeldig");
        assertThat(ProblemResponseFilter.detail(401, "Basic dXNlcjpwdw==", bearerOnly))
                .isEqualTo("Aanmelden met 'Basic' wordt hier niet ondersteund: met een Bearer-token.");
        assertThat(ProblemResponseFilter.detail(401, null, List.of(ChallengeEntryPoint.BASIC)))
                .isEqualTo("Meld u aan om de Weerbaar-API te gebruiken: met HTTP Basic.");
        assertThat(ProblemResponseFilter.detail(403, "Bearer x.y.z", bearerOnly))
                .isEqualTo("U hebt geen rechten voor deze handeling.");
    }

    @Test
    void titlesARefusalInDutchAndEscapesWhatTheCallerSentAsJson() throws Exception {
        MockHttpServletResponse forbidden = run("/api/weerbaar/v1/progress", null,
                (request, refused) -> ((HttpServletResponse) refused).setStatus(403));
        assertThat(JsonPath.<String>read(forbidden.getContentAsString(), "$.title")).isEqualTo("Geen toegang");
        assertThat(JsonPath.<String>read(forbidden.getContentAsString(), "$.detail"))
                .isEqualTo("U hebt geen rechten voor deze handeling.");

        MockHttpServletResponse odd = run("/api/weerbaar/v1/progress", "\"x\\y\" z", (request, refused) -> {
            ((HttpServletResponse) refused).addHeader(HttpHeaders.WWW_AUTHENTICATE, ChallengeEntryPoint.BEARER);
            ((HttpServletResponse) refused).sendError(401);
        });
        assertThat(JsonPath.<String>read(odd.getContentAsString(), "$.title")).isEqualTo("Niet aangemeld");
        assertThat(JsonPath.<String>read(odd.getContentAsString(), "$.detail"))
                .isEqualTo("Aanmelden met '\"x\\y\"' wordt hier niet ondersteund: met een Bearer-token.");
    }

    private MockHttpServletResponse run(String path, String authorization, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (authorization != null) {
            request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
