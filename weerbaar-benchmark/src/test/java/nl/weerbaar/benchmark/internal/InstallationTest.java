package nl.weerbaar.benchmark.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** How the benchmark's gemeenten are spread over its regions, and that the tenants' properties say so. */
class InstallationTest {

    @Test
    void givesTheFirstRegion26GemeentenAtTheCountrysSize() {
        Installation country = Installation.of(367);

        assertThat(country.gemeenten()).hasSize(342);
        assertThat(country.members("vr-01")).hasSize(26).isEqualTo(country.gemeenten().subList(0, 26));
        Map<String, Long> sizes = sizes(country);
        assertThat(sizes).hasSize(25);
        assertThat(sizes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(342);
        sizes.forEach((region, size) -> {
            if (!region.equals("vr-01")) {
                assertThat(size).as(region).isBetween(13L, 14L);
            }
        });
    }

    @Test
    void spreadsRoundRobinWithTheFirstRegionLargestWhenTooFewGemeenten() {
        Installation smoke = Installation.of(25);

        assertThat(sizes(smoke)).containsExactly(Map.entry("vr-01", 12L), Map.entry("vr-02", 11L));
        assertThat(smoke.members("vr-01")).startsWith("gemeente-001", "gemeente-003");
    }

    @Test
    void putsEveryGemeenteInTheOneRegionWhenThereIsOne() {
        Installation three = Installation.of(3);

        assertThat(three.members("vr-01")).containsExactly("gemeente-001", "gemeente-002");
    }

    @Test
    void writesEachGemeentesRegionAsItsTenantProperty(@TempDir Path directory) throws Exception {
        Installation country = Installation.of(367);

        String properties = Files.readString(country.writeProperties(directory));

        assertThat(properties).contains("weerbaar.tenants[25].id=gemeente-026\n",
                "weerbaar.tenants[25].region=vr-01\n", "weerbaar.tenants[26].region=vr-02\n",
                "weerbaar.tenants[342].type=veiligheidsregio\n");
    }

    private static Map<String, Long> sizes(Installation installation) {
        return installation.gemeenten().stream().collect(Collectors.groupingBy(installation::regionOf,
                TreeMap::new, Collectors.counting()));
    }
}
