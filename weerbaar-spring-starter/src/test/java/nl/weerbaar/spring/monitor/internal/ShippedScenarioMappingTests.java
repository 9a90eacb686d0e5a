package nl.weerbaar.spring.monitor.internal;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.overlay.OverlayLoader;
import nl.weerbaar.core.scenario.ScenarioLoader;
import nl.weerbaar.core.scenario.Scenarios;
import nl.weerbaar.spring.monitor.MappedScenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The monitor's scenario mapping is the shipped scenario file with its provenance, adjusted by the gemeente's overlay:
 * measures it takes out disappear, measures it adds appear with its reason; an unknown scenario code stops the start.
 */
class ShippedScenarioMappingTests {

    private static final Catalog VNG = CatalogLoader.vng2025();
    private static final Scenarios SCENARIOS = ScenarioLoader.vng2025();

    private static ShippedScenarioMapping mapping(String overlay) {
        var effective = overlay == null ? OverlayLoader.apply(VNG, List.of())
                : OverlayLoader.apply(VNG, List.of(OverlayLoader.load(CatalogResource.text("utrecht.yaml", overlay))));
        return new ShippedScenarioMapping(SCENARIOS, tenant -> effective);
    }

    private static MappedScenario powerOutage(ShippedScenarioMapping mapping) {
        return mapping.scenarios("utrecht").stream().filter(s -> s.code().equals("LANGDURIGE_STROOMUITVAL"))
                .findFirst().orElseThrow();
    }

    @Test
    void mapsEveryShippedScenarioWithTheCommonAndItsOwnMeasuresAndTheirProvenance() {
        List<MappedScenario> scenarios = mapping(null).scenarios("utrecht");

        assertThat(scenarios).extracting(MappedScenario::code).containsExactlyElementsOf(
                SCENARIOS.scenarios().stream().map(s -> s.code()).toList());
        MappedScenario power = powerOutage(mapping(null));
        var shipped = SCENARIOS.find("LANGDURIGE_STROOMUITVAL").orElseThrow();
        assertThat(power.refs()).containsExactlyElementsOf(SCENARIOS.refs(shipped));
        assertThat(power.englishName()).isEqualTo("Prolonged power outage");
        assertThat(power.measures()).filteredOn(l -> l.ref().equals("1.5")).singleElement()
                .extracting(MappedScenario.Link::basis, MappedScenario.Link::reason)
                .containsExactly("SOURCE", "“Gemeenten oefenen op langdurige crises”");
        assertThat(power.measures()).filteredOn(l -> l.ref().equals("1.1")).singleElement()
                .extracting(MappedScenario.Link::basis).isEqualTo("EDITORIAL");
    }

    @Test
    void theGemeentesOverlayAddsAndRemovesMeasuresOfAScenario() {
        ShippedScenarioMapping adjusted = mapping("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                scenarios:
                  - code: LANGDURIGE_STROOMUITVAL
                    add:
                      - ref: "3.8"
                        reason: Onze waterschapsgemalen vallen zonder stroom stil.
                    remove:
                      - ref: "2.8"
                        reason: Burgerinitiatieven lopen bij ons via de wijkteams.
                """);

        MappedScenario power = powerOutage(adjusted);
        assertThat(powerOutage(mapping(null)).refs()).contains("2.8").doesNotContain("3.8");
        assertThat(power.refs()).doesNotContain("2.8").endsWith("3.8");
        assertThat(power.measures()).filteredOn(l -> l.ref().equals("3.8"))
                .extracting(MappedScenario.Link::basis, MappedScenario.Link::reason)
                .containsExactly(tuple("LOCAL", "Onze waterschapsgemalen vallen zonder stroom stil."));
        // Another scenario keeps its common measure 2.8.
        assertThat(adjusted.scenarios("utrecht").stream().filter(s -> s.code().equals("OVERSTROMING"))
                .findFirst().orElseThrow().refs()).contains("2.8");
    }

    @Test
    void anOverlayAdjustingAnUnknownScenarioStopsTheStartNamingFileAndLine() {
        ShippedScenarioMapping mapping = mapping("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                scenarios:
                  - code: ZONNESTORM
                    remove:
                      - ref: "2.8"
                        reason: Niet van toepassing.
                """);

        CatalogException failure = catchThrowableOfType(CatalogException.class,
                () -> mapping.check(List.of("utrecht")));

        assertThat(failure).isNotNull();
        assertThat(failure.violations()).singleElement().satisfies(v -> {
            assertThat(v.location().source()).isEqualTo("utrecht.yaml");
            assertThat(v.location().line()).isEqualTo(5);
            assertThat(v.message()).startsWith("overlay urn:weerbaar:utrecht adjusts unknown scenario 'ZONNESTORM';"
                    + " known: LANGDURIGE_STROOMUITVAL (");
        });
    }
}
