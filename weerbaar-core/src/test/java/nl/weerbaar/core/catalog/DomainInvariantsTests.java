package nl.weerbaar.core.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The domain records guard their invariants and cannot be changed after construction.
 */
class DomainInvariantsTests {

    private static final Pillar PILLAR = new Pillar(1, "eigen-continuiteit", "Eigen continuïteit", "wethouder",
            Map.of(), new Translations(Map.of("en", Map.of("name", "Own continuity"))));
    private static final Party GEMEENTEN = new Party("gemeenten", "Gemeenten");

    @Test
    void measureIdAcceptsOnlyMeasureUrns() {
        assertThat(new MeasureId("urn:weerbaar:vng-2025:measure:2.3").urn())
                .isEqualTo("urn:weerbaar:vng-2025:measure:2.3");
        assertThatThrownBy(() -> new MeasureId("vng-2025:2.3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a measure URN (urn:weerbaar:<catalog>:measure:<id>): vng-2025:2.3");
        assertThatThrownBy(() -> new MeasureId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measureCopiesItsCollectionsAndKeepsPhasesInCrisisOrder() {
        List<Party> partners = new ArrayList<>(List.of(GEMEENTEN));
        Set<Phase> phases = EnumSet.of(Phase.NAFASE, Phase.KOUDE);
        Measure measure = new Measure(new MeasureId("urn:weerbaar:t:measure:1.1"), "1.1", PILLAR, 1, true, "Titel",
                "Tekst.", phases, List.of(GEMEENTEN), partners, Map.of(), null);
        partners.clear();
        phases.add(Phase.WARM_TOT_72U);

        assertThat(measure.partners()).containsExactly(GEMEENTEN);
        assertThat(measure.phases()).containsExactly(Phase.KOUDE, Phase.NAFASE);
        assertThatThrownBy(() -> measure.phases().add(Phase.WARM_NA_72U))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void measureBuiltWithoutPartnerDetailsHasItsPartnersKnownAndNoRemark() {
        Measure measure = new Measure(new MeasureId("urn:weerbaar:t:measure:1.1"), "1.1", PILLAR, 1, true, "Titel",
                "Tekst.", Set.of(Phase.KOUDE), List.of(GEMEENTEN), List.of(), Map.of(), null);

        assertThat(measure.partnersKnown()).isTrue();
        assertThat(measure.partnersRemark()).isNull();
        assertThat(measure.findPartnersRemark()).isEmpty();
        assertThat(measure.findPartnersRemark(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void measureRejectsABlankPartnersRemark() {
        assertThatThrownBy(() -> new Measure(new MeasureId("urn:weerbaar:t:measure:3.5"), "3.5", PILLAR, 5, false,
                "Titel", "Tekst.", Set.of(Phase.KOUDE), List.of(GEMEENTEN), List.of(), Map.of(), null, true, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partners remark must not be blank for measure 3.5; leave it out when there is none");
    }

    @Test
    void measureRejectsRankBelowOne() {
        assertThatThrownBy(() -> new Measure(new MeasureId("urn:weerbaar:t:measure:1.0"), "1.0", PILLAR, 0, false,
                "Titel", "Tekst.", Set.of(Phase.KOUDE), List.of(), List.of(), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rank must be at least 1, was 0 for measure 1.0");
    }

    @Test
    void labelsAreDutchWithEnglishAvailable() {
        assertThat(Phase.WARM_TOT_72U.label()).isEqualTo("Warme fase (< 72 uur)");
        assertThat(Phase.WARM_TOT_72U.label(Locale.ENGLISH)).isEqualTo("Warm phase (< 72 hours)");
        assertThat(Phase.NAFASE.label(Locale.forLanguageTag("nl"))).isEqualTo("Nafase");
        assertThat(PILLAR.name(Locale.ENGLISH)).isEqualTo("Own continuity");
        assertThat(PILLAR.name(Locale.GERMAN)).isEqualTo("Eigen continuïteit");
        assertThat(PILLAR.authority(Locale.ENGLISH)).isEqualTo("wethouder");
    }

    @Test
    void provenanceNeedsAReason() {
        assertThatThrownBy(() -> new Provenance(Basis.INFERRED, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provenance reason must not be blank");
    }

    @Test
    void sourceLocationIsOneBased() {
        assertThat(new SourceLocation("a.yaml", 3, 7)).hasToString("a.yaml:3:7");
        assertThatThrownBy(() -> new SourceLocation("a.yaml", 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
