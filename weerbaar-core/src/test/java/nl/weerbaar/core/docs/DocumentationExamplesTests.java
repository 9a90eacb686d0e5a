package nl.weerbaar.core.docs;

import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.OverlayLoader;
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
 * The overlay example in the extension guide is a valid overlay that does what the guide says.
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
}
