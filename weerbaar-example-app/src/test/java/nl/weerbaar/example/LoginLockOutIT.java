package nl.weerbaar.example;

import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.ExampleAppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody can lock out the only administrator: ten wrong passwords for {@code demo}, each sent after the delay of
 * the one before has passed — which with Camunda's defaults locks the account for good — leave it locked only for
 * the configured window, after which the right password works on engine REST, the Weerbaar API and the webapps'
 * login. The integration tests configure a window of one second ({@code weerbaar.security.login.*} in the POM)
 * instead of the default minute.
 */
@ExampleAppTest
class LoginLockOutIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    Environment environment;

    @Test
    void tenSpacedWrongPasswordsLockTheOnlyAdministratorOnlyUntilTheConfiguredWindowHasPassed() throws Exception {
        Api api = Api.onPort(port);
        Duration window = environment.getProperty("weerbaar.security.login.max-delay", Duration.class);
        assertThat(window).as("the tests' short window").isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count())
                .as("demo is the only administrator").isEqualTo(1);

        for (int attempt = 1; attempt <= 10; attempt++) {
            Thread.sleep(window.toMillis() + 300);
            assertThat(api.get("/engine-rest/task", "demo", "fout-" + attempt).status()).isEqualTo(401);
        }
        assertThat(api.get("/engine-rest/task", "demo", Api.PASSWORD).status()).as("within the window").isEqualTo(401);
        assertThat(api.get("/api/weerbaar/v1/catalog", "demo", Api.PASSWORD).status()).as("within the window")
                .isEqualTo(401);

        Thread.sleep(window.toMillis() + 300);
        assertThat(api.get("/engine-rest/task", "demo", Api.PASSWORD).status()).isEqualTo(200);
        // Signed in: the administrator belongs to no gemeente, which the Weerbaar API answers with 403, not 401.
        assertThat(api.get("/api/weerbaar/v1/catalog", "demo", Api.PASSWORD).status()).isEqualTo(403);
        assertThat(webappLogin("demo", Api.PASSWORD)).isEqualTo(200);
    }

    /**
     * Camunda's own login of Cockpit, as its login page does it: a first request for the CSRF token (a cookie),
     * then the form with the token in its header.
     */
    private int webappLogin(String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port + "/camunda";
        HttpResponse<Void> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/app/cockpit/default/"))
                .build(), HttpResponse.BodyHandlers.discarding());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> ((CookieManager) browser.cookieHandler()
                .orElseThrow()).getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(""));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return browser.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
