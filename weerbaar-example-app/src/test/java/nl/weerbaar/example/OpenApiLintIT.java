package nl.weerbaar.example;

import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ExampleAppTest;
import nl.weerbaar.example.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The OpenAPI document the application serves passes Logius's Spectral ruleset for the NL API Design Rules without
 * a single error ({@code tools/spectral/lint.sh}). Needs Node.js and the ruleset's npm tools
 * ({@code npm ci} in {@code tools/spectral}); without them the test is skipped with a message, unless
 * {@code WEERBAAR_REQUIRE_SPECTRAL=true}, as in CI.
 */
@ExampleAppTest
class OpenApiLintIT {

    private static final Path SPECTRAL = Path.of("..", "tools", "spectral").toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    @BeforeAll
    static void onceOnly() {
        assumeFalse(TestDatabase.postgres(), "the document does not depend on the database; linted in the H2 run");
    }

    @Test
    void theServedOpenApiDocumentPassesLogiussRulesetWithoutErrors() throws Exception {
        String missing = missingTools();
        if (missing != null && Boolean.parseBoolean(System.getenv("WEERBAAR_REQUIRE_SPECTRAL"))) {
            throw new IllegalStateException("OpenAPI lint required (WEERBAAR_REQUIRE_SPECTRAL): " + missing);
        }
        assumeTrue(missing == null, () -> "OpenAPI lint skipped: " + missing);

        Response served = Api.onPort(port).get("/api/weerbaar/v1/openapi.json");
        assertThat(served.status()).isEqualTo(200);
        Path document = Path.of("target", "openapi.json").toAbsolutePath();
        Files.writeString(document, served.body(), StandardCharsets.UTF_8);

        Process lint = new ProcessBuilder(List.of("bash", SPECTRAL.resolve("lint.sh").toString(), document.toString()))
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("spectral finished").isTrue();
        assertThat(lint.exitValue()).as("spectral's exit status; its output:%n%s", output).isZero();
        assertThat(output).contains("No results with a severity of 'error' found!");
    }

    private static String missingTools() throws IOException, InterruptedException {
        if (!Files.isExecutable(SPECTRAL.resolve("node_modules/.bin/spectral"))) {
            return "Spectral is not installed; run npm ci in tools/spectral";
        }
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0 ? null : "node does not run";
        } catch (IOException e) {
            return "Node.js is not installed (" + e.getMessage() + ")";
        }
    }
}
