package nl.weerbaar.core.docs;

import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.OverlayLoader;
import nl.weerbaar.core.scenario.MappingBasis;
import nl.weerbaar.core.scenario.Scenario;
import nl.weerbaar.core.scenario.ScenarioLoader;
import nl.weerbaar.core.scenario.ScenarioMeasure;
import nl.weerbaar.core.scenario.Scenarios;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples in the docs are valid and do what the docs say: the overlays of the extension guide and the format
 * reference, and the table of scenarios.
 */
class DocumentationExamplesTests {

    @Test
    void extensionGuidesOverlayExampleAppliesToTheShippedCatalog() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "extending.md"), StandardCharsets.UTF_8);
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertThat(yaml.find()).as("a yaml example in docs/extending.md").isTrue();

        EffectiveCatalog utrecht = OverlayLoader.apply(CatalogLoader.vng2025(),
                List.of(OverlayLoader.load(CatalogResource.text("extending.md", yaml.group(1)))));

        assertThat(utrecht.get("3.4").applicable()).isFalse();
        assertThat(utrecht.get("3.6").localOwner()).isEqualTo("Team Water");
        assertThat(utrecht.get("3.6").partners()).extracting(p -> p.code()).containsExactly("waterschappen", "hdsr");
        assertThat(utrecht.get("U.1").local()).isTrue();
        assertThat(utrecht.get("U.1").measure().rank()).isEqualTo(11);
    }

    @Test
    void formatReferencesRolverdelingExampleAppliesToTheShippedCatalog() throws IOException {
        String format = Files.readString(Path.of("..", "docs", "catalog-format.md"), StandardCharsets.UTF_8);
        Matcher yaml = Pattern.compile("```yaml\n(urn:.*?rolverdeling:.*?)```", Pattern.DOTALL).matcher(format);
        assertThat(yaml.find()).as("a rolverdeling example in docs/catalog-format.md").isTrue();

        EffectiveCatalog utrecht = OverlayLoader.apply(CatalogLoader.vng2025(),
                List.of(OverlayLoader.load(CatalogResource.text("catalog-format.md", yaml.group(1)))));

        assertThat(utrecht.get("2.6").findRolverdeling().orElseThrow().responsible().code())
                .isEqualTo("veiligheidsregios");
        assertThat(utrecht.authority(1)).isEqualTo("gemeentesecretaris");
    }

    @Test
    void scenarioTableNamesWhatEachScenarioAdds() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "scenarios.md"), StandardCharsets.UTF_8);
        Scenarios scenarios = ScenarioLoader.vng2025();
        Matcher row = Pattern.compile("^\\| `([A-Z_]+)` \\| [^|]+ \\| ([^|]+) \\| ([^|]+) \\|$", Pattern.MULTILINE)
                .matcher(doc);
        List<String> documented = new java.util.ArrayList<>();
        while (row.find()) {
            Scenario scenario = scenarios.find(row.group(1)).orElseThrow();
            documented.add(scenario.code());
            assertThat(row.group(2).strip()).as("measures %s adds", scenario.code()).isEqualTo(String.join(", ",
                    scenario.measures().stream().map(ScenarioMeasure::ref).toList()));
            List<String> read = scenario.measures().stream().filter(m -> m.basis() == MappingBasis.SOURCE)
                    .map(ScenarioMeasure::ref).toList();
            assertThat(row.group(3).strip()).as("measures of %s read in the guide", scenario.code())
                    .isEqualTo(read.isEmpty() ? "–" : String.join(", ", read));
        }
        assertThat(documented).containsExactlyElementsOf(scenarios.scenarios().stream().map(Scenario::code).toList());
    }
}
