package nl.weerbaar.core.docs;

import nl.weerbaar.core.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed catalog reference is what the shipped catalog renders to today.
 */
class CatalogReferenceTests {

    private static final Path COMMITTED = Path.of("..", "docs", "catalog.md");

    @Test
    void committedReferenceIsUpToDate() throws IOException {
        String rendered = CatalogReference.render(CatalogLoader.vng2025());

        assertThat(COMMITTED).as("docs/catalog.md; regenerate with ./mvnw -B -Pdocs -pl weerbaar-core "
                + "process-classes").exists();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/catalog.md is out of date; regenerate with ./mvnw -B -Pdocs -pl weerbaar-core process-classes")
                .isEqualTo(rendered);
    }

    @Test
    void rendersEveryMeasureWithItsMarks() {
        String rendered = CatalogReference.render(CatalogLoader.vng2025());

        assertThat(rendered).contains("## 2. Crisisorganisatie \\*\n\nBevoegd gezag: burgemeester \\*");
        assertThat(rendered).contains("| 2.2 | ★ | Noodsteunpunten inrichten met veiligheidsregio's | KOUDE,"
                + " WARM_TOT_72U, WARM_NA_72U \\* | `gemeenten` \\* | `veiligheidsregios`, `maatschappelijke-partners` \\* |");
        assertThat(rendered.lines().filter(line -> line.matches("\\| \\d+\\.\\d+ \\|.*"))).hasSize(41);
    }
}
