package nl.weerbaar.core.scenario;

import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.OverlayLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A gemeente's overlays adjust which measures a scenario calls on: what is added is in, what is taken out is out,
 * a former code means its scenario, and two overlays that disagree, or one naming an unknown scenario, fail naming
 * file and line.
 */
class ScenarioAdjustmentsTests {

    private static final Scenarios SCENARIOS = ScenarioLoader.vng2025();

    @Test
    void theScenarioCallsOnWhatTheOverlaysAddAndNotOnWhatTheyTakeOutAlsoUnderAFormerCode() {
        Scenario military = SCENARIOS.find("MILITAIRE_DREIGING").orElseThrow();
        Scenario power = SCENARIOS.find("LANGDURIGE_STROOMUITVAL").orElseThrow();
        String shippedOut = SCENARIOS.refs(military).iterator().next();
        String added = CatalogLoader.vng2025().measures().stream().map(m -> m.ref())
                .filter(ref -> !SCENARIOS.refs(military).contains(ref)).findFirst().orElseThrow();

        EffectiveCatalog utrecht = catalog(overlay("utrecht.yaml", "GEWAPEND_CONFLICT", added, shippedOut));

        assertThat(SCENARIOS.refs(military, utrecht)).contains(added).doesNotContain(shippedOut)
                .hasSize(SCENARIOS.refs(military).size());
        assertThat(SCENARIOS.refs(power, utrecht)).containsExactlyElementsOf(SCENARIOS.refs(power));
        assertThat(SCENARIOS.adjustments(utrecht).get("MILITAIRE_DREIGING").added().get(added).reason())
                .isEqualTo("Reden.");
    }

    @Test
    void addingAMeasureTheScenarioCallsOnOrTakingOutOneItDoesNotFailsNamingFileLineAndMeasure() {
        Scenario cyber = SCENARIOS.find("CYBERAANVAL").orElseThrow();
        String shipped = SCENARIOS.refs(cyber).iterator().next();
        String notShipped = CatalogLoader.vng2025().measures().stream().map(m -> m.ref())
                .filter(ref -> !SCENARIOS.refs(cyber).contains(ref)).findFirst().orElseThrow();
        // a.yaml adds what is shipped and takes out what is not; b.yaml takes out what a.yaml could not add.
        EffectiveCatalog both = catalog(overlay("a.yaml", "CYBERAANVAL", shipped, notShipped),
                overlay("b.yaml", "CYBERAANVAL", notShipped, shipped));

        CatalogException failure = catchThrowableOfType(CatalogException.class, () -> SCENARIOS.adjustments(both));

        assertThat(failure.violations()).extracting(v -> v.location().source(), v -> v.location().line(),
                CatalogViolation::measureRef, CatalogViolation::message).containsExactly(
                tuple("a.yaml", 7, shipped, "scenario CYBERAANVAL calls on measure " + shipped
                        + " already; nothing to add"),
                tuple("a.yaml", 10, notShipped, "scenario CYBERAANVAL does not call on measure " + notShipped
                        + "; nothing to take out"));
        assertThat(SCENARIOS.refs(cyber, catalog(overlay("b.yaml", "CYBERAANVAL", notShipped, shipped))))
                .contains(notShipped).doesNotContain(shipped);
    }

    @Test
    void anOverlayAdjustingAnUnknownScenarioFailsNamingItAndTheKnownOnes() {
        EffectiveCatalog unknown = catalog(overlay("zeist.yaml", "MAANLANDING", "3.8", "1.1"));

        CatalogException failure = catchThrowableOfType(CatalogException.class,
                () -> SCENARIOS.refs(SCENARIOS.scenarios().get(0), unknown));

        assertThat(failure.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.location().source()).isEqualTo("zeist.yaml");
            assertThat(violation.message()).contains("unknown scenario 'MAANLANDING'", "LANGDURIGE_STROOMUITVAL");
        });
    }

    private static String overlay(String name, String code, String add, String remove) {
        return name + "\n" + """
                urn: urn:weerbaar:%s
                title: Aanpassingen
                target: urn:weerbaar:vng-2025
                scenarios:
                  - code: %s
                    add:
                      - ref: "%s"
                        reason: Reden.
                    remove:
                      - ref: "%s"
                        reason: Reden.
                """.formatted(name.replace(".yaml", ""), code, add, remove);
    }

    private static EffectiveCatalog catalog(String... namedOverlays) {
        return OverlayLoader.apply(CatalogLoader.vng2025(), java.util.Arrays.stream(namedOverlays)
                .map(text -> OverlayLoader.load(CatalogResource.text(text.substring(0, text.indexOf('\n')),
                        text.substring(text.indexOf('\n') + 1)))).toList());
    }
}
