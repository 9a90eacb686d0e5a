package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.weerbaar.core.overlay.OverlayFixtures.catchCatalogException;
import static nl.weerbaar.core.overlay.OverlayFixtures.loadFailing;
import static nl.weerbaar.core.overlay.OverlayFixtures.overlay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An overlay adjusts which measures prepare the gemeente for a crisis scenario: measures added and taken out, each
 * with its reason and where it stands; a bad adjustment fails naming the file, line and field.
 */
class ScenarioOverlayTests {

    private static final String UTRECHT = """
            urn: urn:weerbaar:utrecht
            title: Aanpassingen gemeente Utrecht
            target: urn:weerbaar:vng-2025
            scenarios:
              - code: LANGDURIGE_STROOMUITVAL
                add:
                  - ref: "5.1"
                    reason: Het ziekenhuis in de wijk heeft bij stroomuitval onze hulp nodig.
                remove:
                  - ref: "2.8"
                    reason: Burgerinitiatieven lopen bij ons via de wijkteams.
            """;

    @Test
    void readsTheScenarioAdjustmentsWithTheirReasonsAndLines() {
        Overlay overlay = overlay("utrecht.yaml", UTRECHT);

        assertThat(overlay.scenarioAdjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.scenario()).isEqualTo("LANGDURIGE_STROOMUITVAL");
            assertThat(adjustment.add()).extracting(ScenarioAdjustment.Change::ref, ScenarioAdjustment.Change::reason,
                            c -> c.location().line())
                    .containsExactly(tuple("5.1", "Het ziekenhuis in de wijk heeft bij stroomuitval onze hulp nodig.",
                            7));
            assertThat(adjustment.remove()).extracting(ScenarioAdjustment.Change::ref)
                    .containsExactly("2.8");
        });
        assertThat(OverlayLoader.apply(CatalogLoader.vng2025(), List.of(overlay)).overlays())
                .containsExactly(overlay);
    }

    @Test
    void rejectsAnAdjustmentWithoutReasonOrThatChangesNothingOrAddsAndRemovesOneMeasure() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                scenarios:
                  - code: DROOGTE
                  - code: cyberaanval
                    add:
                      - ref: "1.1"
                  - code: OVERSTROMING
                    add:
                      - ref: "2.3"
                        reason: Dijkbewaking.
                    remove:
                      - ref: "2.3"
                        reason: Toch niet.
                  - code: DROOGTE
                    remove:
                      - ref: "4.1"
                        reason: Geregeld door het waterschap.
                """);

        assertThat(failure.violations()).extracting(v -> v.location().line(), CatalogViolation::field)
                .contains(tuple(5, "scenarios[0]"), tuple(6, "scenarios[1].code"),
                        tuple(8, "scenarios[1].add[0].reason"), tuple(14, "scenarios[2].remove[0].ref"),
                        tuple(16, "scenarios[3].code"));
        assertThat(failure.getMessage()).contains("utrecht.yaml", "changes nothing",
                "must be a scenario code in capitals", "is required",
                "measure 2.3 is both added to and removed from scenario OVERSTROMING",
                "duplicate adjustment of scenario 'DROOGTE'");
    }

    @Test
    void rejectsAnAdjustmentNamingAMeasureTheCatalogLacks() {
        Overlay overlay = overlay("utrecht.yaml", UTRECHT.replace("\"5.1\"", "\"9.9\""));

        CatalogException failure = catchCatalogException(() -> OverlayLoader.apply(CatalogLoader.vng2025(),
                List.of(overlay)));

        assertThat(failure.violations()).singleElement().satisfies(v -> {
            assertThat(v.location().line()).isEqualTo(7);
            assertThat(v.message()).isEqualTo("scenario LANGDURIGE_STROOMUITVAL: catalog urn:weerbaar:vng-2025 and"
                    + " its overlays have no measure 9.9");
        });
    }
}
