package nl.weerbaar.spring.monitor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NL Design System CSS in the jar is the npm release {@code tools/monitor} pins: the versions recorded beside the
 * copy are the lock file's, each package's licence is there, and — where {@code npm ci} has run in tools/monitor, as
 * in CI — every copied file is byte for byte the package's.
 */
class VendoredAssetsTests {

    private static final Path VENDOR = Path.of("src/main/resources/weerbaar/monitor/assets/vendor");
    private static final Path TOOLS = Path.of("..", "tools", "monitor");
    private static final Map<String, List<String>> FILES = Map.of(
            "@utrecht/component-library-css", List.of("utrecht-component-library-css", "dist/index.css", "LICENSE.md"),
            "@nl-design-system-unstable/voorbeeld-design-tokens", List.of("voorbeeld-design-tokens", "dist/theme.css",
                    "LICENSE.md"));

    @Test
    void theBundledCssIsTheReleaseTheLockFilePins() throws IOException {
        JsonNode lock = new ObjectMapper().readTree(TOOLS.resolve("package-lock.json").toFile());
        List<String> recorded = Files.readAllLines(VENDOR.resolve("VERSIONS")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        for (String pkg : FILES.keySet()) {
            String pinned = lock.path("packages").path("node_modules/" + pkg).path("version").asText();
            assertThat(pinned).as(pkg + " in tools/monitor/package-lock.json").isNotEmpty();
            assertThat(recorded).as("VERSIONS").contains(pkg + "@" + pinned);
            List<String> files = FILES.get(pkg);
            assertThat(VENDOR.resolve(files.get(0)).resolve("LICENSE.md")).as(pkg + " licence").isRegularFile();
            Path installed = TOOLS.resolve("node_modules").resolve(pkg);
            if (Files.isDirectory(installed)) {
                for (String file : files.subList(1, files.size())) {
                    Path copy = VENDOR.resolve(files.get(0)).resolve(Path.of(file).getFileName());
                    assertThat(Files.readAllBytes(copy)).as(copy + " equals " + installed.resolve(file))
                            .isEqualTo(Files.readAllBytes(installed.resolve(file)));
                }
            }
        }
    }
}
