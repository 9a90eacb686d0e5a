package nl.weerbaar.example;

import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ChildApplication;
import nl.weerbaar.example.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * README's command for this application keeps its promise: it builds the application jar and runs it with the demo
 * data, and the application answers. The command is the first fenced block of README's section named by the
 * build's {@code weerbaar.readme.section} (README's title for Camunda 7, so its very first command; {@code Operaton}
 * for the Operaton build). The build half has just been done by this very Maven run (the jar is packaged before the
 * integration tests); the run half is executed here as written, from the repository root, on a free port.
 */
class ReadmeCommandIT {

    private static final Path ROOT = ChildApplication.ROOT;
    private static final String SECTION = System.getProperty("weerbaar.readme.section", "Weerbaar");

    @BeforeAll
    static void onceOnly() {
        assumeFalse(TestDatabase.postgres(), "README's command runs on H2; it is checked in the H2 run only");
    }

    @Test
    void readmesRunCommandStartsTheApplicationWithDemoData() throws Exception {
        List<String> command = readmeRunCommand();
        assertThat(command).contains("--spring.profiles.active=demo");

        try (ChildApplication app = ChildApplication.start(command, Map.of(), "readme-demo")) {
            Api api = new Api("http://localhost:" + app.port());
            assertThat(api.get("/actuator/health").<String>json("$.status")).isEqualTo("UP");
            assertThat(api.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
            assertThat(api.get("/engine-rest/task").status()).isEqualTo(401);
            Response tasks = api.get("/engine-rest/task", "utrecht.aov");
            assertThat(tasks.status()).isEqualTo(200);
            assertThat(tasks.<List<String>>json("$[*].name")).contains("Intake: eigenaar en termijn vastleggen");
            assertThat(app.log()).contains("Weerbaar demo ready");
        }
    }

    @Test
    void withoutTheDemoProfileThereAreNoDemoUsers() throws Exception {
        List<String> command = new ArrayList<>(readmeRunCommand());
        command.removeIf(argument -> argument.startsWith("--spring.profiles.active="));

        try (ChildApplication app = ChildApplication.start(command, Map.of(), "readme-plain")) {
            Api api = new Api("http://localhost:" + app.port());
            assertThat(api.get("/actuator/health").<String>json("$.status")).isEqualTo("UP");
            assertThat(api.get("/engine-rest/task", "utrecht.aov").status()).isEqualTo(401);
            assertThat(api.get("/engine-rest/task", "demo").status()).isEqualTo(401);
            assertThat(app.log()).doesNotContain("Weerbaar demo ready");
        }
    }

    @Test
    void withWeerbaarSwitchedOffTheApplicationStartsOnAFreshDatabaseAndStaysSecured() throws Exception {
        List<String> command = new ArrayList<>(readmeRunCommand());
        command.removeIf(argument -> argument.startsWith("--spring.profiles.active="));
        command.add("--weerbaar.enabled=false");

        try (ChildApplication app = ChildApplication.start(command, Map.of(), "readme-weerbaar-off")) {
            Api api = new Api("http://localhost:" + app.port());
            assertThat(api.get("/actuator/health").<String>json("$.status")).isEqualTo("UP");
            assertThat(api.get("/engine-rest/task").status()).isEqualTo(401);
            assertThat(api.get("/api/weerbaar/v1/progress").status()).isIn(401, 404);
            assertThat(app.log()).doesNotContain("ENGINE-16004").doesNotContain("Unknown property used in expression");
        }
    }

    /** The {@code java -jar …} half of the first fenced code block of README's {@link #SECTION}, as arguments. */
    static List<String> readmeRunCommand() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int heading = lines.indexOf(lines.stream().filter(line -> line.matches("#+ " + Pattern.quote(SECTION) + "\\b.*"))
                .findFirst().orElseThrow(() -> new AssertionError("README has no heading " + SECTION)));
        int open = heading + 1;
        while (!lines.get(open).startsWith("```")) {
            assertThat(lines.get(open)).as("README's section %s has a command before its next heading", SECTION)
                    .doesNotStartWith("#");
            open++;
        }
        int close = open + 1;
        while (!lines.get(close).startsWith("```")) {
            close++;
        }
        assertThat(close - open - 1).as("README's first code block of %s is one line", SECTION).isEqualTo(1);
        String[] steps = lines.get(open + 1).strip().split(" && ");
        assertThat(steps).as("build, then run").hasSize(2);
        assertThat(steps[0]).startsWith("./mvnw ").contains("-pl weerbaar-example-app ", "package");
        assertThat(steps[1]).startsWith("java -jar weerbaar-example-app/target/weerbaar-example-app.jar ");
        List<String> command = new ArrayList<>(Arrays.asList(steps[1].split("\\s+")));
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return command;
    }
}
