package nl.weerbaar.core.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command README's first line runs: a summary per pillar, or every violation and status 1.
 */
class CatalogCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsASummaryPerPillarOfTheShippedCatalog() {
        int status = run();

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("urn:weerbaar:vng-2025 (version 2)")
                .contains("Valid: 41 measures in 6 pillars")
                .containsPattern("1 +Eigen continuïteit +wethouder/gemeentesecretaris +7 +2 ")
                .containsPattern("6 +Samenleving als overkoepelend systeem +wethouder +3 +2 ");
    }

    @Test
    void printsWhatReadmeShowsOfItsOutput() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Validating a catalog from the command line"));
        String sample = section.substring(section.indexOf("```\n") + 4, section.indexOf("\n```", section.indexOf("```\n") + 4));

        assertThat(run()).isZero();
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(sample.lines().filter(line -> !line.equals("..."))).as("README's sample output").isNotEmpty()
                .allSatisfy(line -> assertThat(printed).as("the command's output").contains(line));
    }

    @Test
    void appliesAnOverlayGivenOnTheCommandLine(@TempDir Path dir) throws IOException {
        Path overlay = Files.writeString(dir.resolve("utrecht.yaml"), """
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "3.4"
                    applicable: false
                    reason: Geen corporatiewoningen met eigen opwek.
                """);

        int status = run("--overlay", overlay.toString());

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 overlay(s)")
                .containsPattern("3 +Vitale voorzieningen +wethouder +10 +2 +\\d+ +\\d+ +\\d+ +\\d+ +1 +0");
    }

    @Test
    void printsEveryViolationAndFailsOnABadOverlay(@TempDir Path dir) throws IOException {
        Path overlay = Files.writeString(dir.resolve("bad.yaml"), """
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "9.9"
                    localOwner: Team BCM
                """);

        int status = run("--overlay", overlay.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("INVALID: 1 violation(s)\n  " + overlay
                + ":5:5: measure 9.9, field 'ref': catalog urn:weerbaar:vng-2025 has no measure 9.9\n");
    }

    @Test
    void explainsUsageOnUnknownArguments() {
        assertThat(run("--help")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("usage: CatalogCommand [--catalog FILE]... [--overlay FILE]...\n");
    }

    private int run(String... args) {
        return CatalogCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
