package nl.weerbaar.example.oidc;

import nl.weerbaar.example.support.OidcAppTest;
import nl.weerbaar.example.support.OidcProvider;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the {@code oidc} profile both APIs take the gemeente's JWT bearer tokens, issued by a real OIDC provider: the
 * token's claims decide the caller's groups and tenant, so a Utrecht token sees only Utrecht; an expired or forged
 * token is refused with 401, a token that names no gemeente with 403 and a message that says which claim is empty.
 */
@OidcAppTest
class OidcApiIT {

    static final String PROGRESS = "/api/weerbaar/v1/progress";

    private final OidcProvider provider = OidcProvider.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aUtrechtTokenSeesOnlyUtrechtsTasksAndProgress() {
        String utrecht = provider.accessToken("utrecht.aov");

        HttpResponse<String> tasks = get("/engine-rest/task", "Bearer " + utrecht);
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(OidcApiIT.<List<Object>>json(tasks, "$[*].tenantId")).isNotEmpty().containsOnly("utrecht");
        assertThat(OidcApiIT.<List<Object>>json(tasks, "$[*].name")).contains("Intake: eigenaar en termijn vastleggen");
        HttpResponse<String> progress = get(PROGRESS, "Bearer " + utrecht);
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(OidcApiIT.<String>json(progress, "$.tenant")).isEqualTo("utrecht");

        HttpResponse<String> amersfoort = get("/engine-rest/task", "Bearer " + provider.accessToken("amersfoort.aov"));
        assertThat(OidcApiIT.<List<Object>>json(amersfoort, "$[*].tenantId")).isNotEmpty().containsOnly("amersfoort");
    }

    @Test
    void aPersonKnownOnlyToTheProviderWorksFromTheTokensClaims() {
        HttpResponse<String> tasks = get("/engine-rest/task", "Bearer " + provider.accessToken("utrecht.nieuw"));

        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(OidcApiIT.<List<Object>>json(tasks, "$[*].tenantId")).isNotEmpty().containsOnly("utrecht");
    }

    @Test
    void rejectsAnExpiredToken() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        String expired = provider.signed(provider.claims("utrecht.aov", anHourAgo.minus(Duration.ofMinutes(10)),
                anHourAgo));

        assertThat(get("/engine-rest/task", "Bearer " + expired).statusCode()).isEqualTo(401);
        HttpResponse<String> progress = get(PROGRESS, "Bearer " + expired);
        assertThat(progress.statusCode()).isEqualTo(401);
        assertThat(progress.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(OidcApiIT.<String>json(progress, "$.detail"))
                .isEqualTo("Het toegangstoken is verlopen; vraag een nieuw token aan.");
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() {
        Instant now = Instant.now();
        String forged = provider.forged(provider.claims("utrecht.aov", now, now.plus(Duration.ofMinutes(5))));

        assertThat(get("/engine-rest/task", "Bearer " + forged).statusCode()).isEqualTo(401);
        HttpResponse<String> progress = get(PROGRESS, "Bearer " + forged);
        assertThat(progress.statusCode()).isEqualTo(401);
        assertThat(OidcApiIT.<String>json(progress, "$.detail")).startsWith("Het toegangstoken is ongeldig");
    }

    @Test
    void theProvidersOwnTokenWithTheSameClaimsIsAccepted() {
        Instant now = Instant.now();
        String genuine = provider.signed(provider.claims("utrecht.aov", now, now.plus(Duration.ofMinutes(5))));

        assertThat(get(PROGRESS, "Bearer " + genuine).statusCode()).as("only the signature differs from the forgery")
                .isEqualTo(200);
    }

    @Test
    void aTokenWithoutTheTenantClaimIsForbiddenNamingTheClaim() {
        String nobody = provider.accessToken("zonder.gemeente");

        HttpResponse<String> progress = get(PROGRESS, "Bearer " + nobody);
        assertThat(progress.statusCode()).isEqualTo(403);
        assertThat(OidcApiIT.<String>json(progress, "$.detail")).isEqualTo("Gebruiker zonder.gemeente hoort bij"
                + " geen gemeente of veiligheidsregio: het token noemt er geen in de claim 'tenants'.");
        HttpResponse<String> tasks = get("/engine-rest/task", "Bearer " + nobody);
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(OidcApiIT.<List<Object>>json(tasks, "$")).as("no gemeente, no gemeente's tasks").isEmpty();
    }

    @Test
    void httpBasicIsNotAcceptedWhereTheProviderDecides() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("utrecht.aov:demo".getBytes());

        assertThat(get("/engine-rest/task", basic).statusCode()).isEqualTo(401);
        HttpResponse<String> progress = get(PROGRESS, basic);
        assertThat(progress.statusCode()).isEqualTo(401);
        assertThat(OidcApiIT.<String>json(progress, "$.detail"))
                .isEqualTo("Aanmelden met 'Basic' wordt hier niet ondersteund: met een Bearer-token.");
        assertThat(get("/engine-rest/task", null).headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
    }

    @Test
    void aLoginSessionMayReadTheApiButChangesNeedACsrfToken() {
        OidcProvider.Browserless browser = provider.new Browserless();
        browser.logIn(URI.create(provider.applicationBase() + "/oauth2/authorization/gemeente"), "utrecht.aov",
                provider.applicationBase() + "/camunda/");

        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(URI.create(provider.applicationBase()
                + PROGRESS)).GET());
        HttpResponse<String> change = browser.send(HttpRequest.newBuilder(URI.create(provider.applicationBase()
                + "/api/weerbaar/v1/catalog/measures/4.2/lifecycles")).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(OidcApiIT.<String>json(read, "$.tenant")).isEqualTo("utrecht");
        assertThat(change.statusCode()).as("a forged cross-site POST would ride on this session").isEqualTo(403);
        assertThat(OidcApiIT.<Integer>json(change, "$.status")).isEqualTo(403);
    }

    @Test
    void onlyHealthIsAnonymous() {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(401);
        assertThat(get(PROGRESS, null).statusCode()).isEqualTo(401);
    }

    private static <T> T json(HttpResponse<String> response, String path) {
        return JsonPath.read(response.body(), path);
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(provider.applicationBase() + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
