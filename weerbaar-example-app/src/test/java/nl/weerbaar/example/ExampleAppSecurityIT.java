package nl.weerbaar.example;

import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ExampleAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Spring Security chain decides for both APIs: they accept the same credentials in the same spelling, and the
 * Weerbaar API explains every refusal in Dutch, while Camunda's webapps keep their own login.
 */
@ExampleAppTest
class ExampleAppSecurityIT {

    static final String PROGRESS = "/api/weerbaar/v1/progress";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = Api.onPort(port);
    }

    @Test
    void bothApisAcceptTheBasicSchemeInAnySpellingAsHttpDefinesIt() {
        String lowerCase = "basic " + Base64.getEncoder().encodeToString("utrecht.aov:demo"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(api.getAuthorized("/engine-rest/task", lowerCase).status()).isEqualTo(200);
        Response progress = api.getAuthorized(PROGRESS, lowerCase);
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.<String>json("$.tenant")).isEqualTo("utrecht");
    }

    @Test
    void theWeerbaarApiExplainsEveryRefusalInDutch() {
        Response anonymous = api.get(PROGRESS);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.challenge()).isEqualTo("Basic realm=\"weerbaar\"");
        assertThat(anonymous.<String>json("$.detail")).isEqualTo("Meld u aan om de Weerbaar-API te gebruiken: met"
                + " HTTP Basic.");

        Response unknown = api.get(PROGRESS, "niemand");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.<String>json("$.detail")).startsWith("Gebruikersnaam of wachtwoord is onjuist");

        Response bearer = api.getAuthorized(PROGRESS, "Bearer eyJhbGciOiJub25lIn0.e30.");
        assertThat(bearer.status()).isEqualTo(401);
        assertThat(bearer.<String>json("$.detail"))
                .isEqualTo("Aanmelden met 'Bearer' wordt hier niet ondersteund: met HTTP Basic.");

        Response administrator = api.get(PROGRESS, "demo");
        assertThat(administrator.status()).as("the administrator belongs to no gemeente").isEqualTo(403);
        assertThat(administrator.<String>json("$.detail"))
                .isEqualTo("Gebruiker demo hoort bij geen gemeente of veiligheidsregio.");
    }

    @Test
    void camundasWebappsKeepTheirOwnLogin() {
        Response login = api.get("/camunda/app/tasklist/default/");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.challenge()).as("no HTTP Basic prompt in the browser").isNull();
        assertThat(api.get("/camunda/api/admin/auth/user/default").status()).as("Camunda's own: nobody logged in")
                .isEqualTo(404);
        Response welcome = api.get("/camunda-welcome");
        assertThat(welcome.challenge()).as("the login page asks for it; a Basic challenge would open the browser's"
                + " own login dialog over Camunda's").isNull();
        assertThat(welcome.status()).isEqualTo(404);
        assertThat(api.get("/engine-rest/task", "demo").<List<String>>json("$[*].tenantId"))
                .as("the administrator sees every gemeente").contains("utrecht", "amersfoort");
    }
}
