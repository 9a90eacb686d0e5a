package nl.weerbaar.core.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Querying the shipped catalog: by pillar, phase, party, most-crucial mark and free text, always in the guide's
 * order.
 */
class MeasuresTests {

    private static final Measures ALL = CatalogLoader.vng2025().measures();

    @Test
    void keepsTheGuidesOrderWhateverOrderTheyCameIn() {
        List<Measure> shuffled = new ArrayList<>(ALL.asList());
        Collections.reverse(shuffled);

        assertThat(Measures.of(shuffled)).isEqualTo(ALL);
        assertThat(ALL.inPillar(3).stream().map(Measure::ref))
                .containsExactly("3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10");
    }

    @Test
    void selectsByPillar() {
        assertThat(ALL.inPillar(6).stream().map(Measure::ref)).containsExactly("6.1", "6.2", "6.3");
        assertThat(ALL.inPillar(7).isEmpty()).isTrue();
    }

    @Test
    void selectsByPhase() {
        Measures recovery = ALL.inPhase(Phase.NAFASE);

        assertThat(recovery.stream().map(Measure::ref)).containsExactly("2.1", "4.1", "4.2", "4.4", "4.6", "4.7");
        assertThat(recovery).allSatisfy(m -> assertThat(m.phases()).contains(Phase.NAFASE));
    }

    @Test
    void selectsByPartyAsResponsibleOrPartner() {
        assertThat(ALL.involving("waterschappen").stream().map(Measure::ref)).containsExactly("3.6", "3.8");
        assertThat(ALL.responsibleParty("veiligheidsregios").stream().map(Measure::ref)).containsExactly("2.6", "5.3");
        assertThat(ALL.involving("veiligheidsregios").size())
                .isGreaterThan(ALL.responsibleParty("veiligheidsregios").size());
    }

    @Test
    void selectsTheMostCrucial() {
        assertThat(ALL.mostCrucial().size()).isEqualTo(12);
        assertThat(ALL.mostCrucial()).allSatisfy(m -> assertThat(m.rank()).isLessThanOrEqualTo(2));
    }

    @Test
    void findsFreeTextIgnoringCaseAndAccents() {
        assertThat(ALL.matching("NOODSTEUNPUNTEN meterkastkaart").stream().map(Measure::ref)).containsExactly("5.2");
        assertThat(ALL.matching("continuiteit").stream().map(Measure::ref))
                .contains("1.1", "1.7", "3.9", "6.3");
        assertThat(ALL.matching("  ")).isEqualTo(ALL);
        assertThat(ALL.matching("xyzzy").isEmpty()).isTrue();
    }

    @Test
    void combinesCriteriaInOneQuery() {
        MeasureQuery query = MeasureQuery.all().withPillar(2).withPhase(Phase.WARM_TOT_72U)
                .withParty("veiligheidsregios").withMostCrucial(true).withText("noodsteunpunten");

        assertThat(ALL.query(query).stream().map(Measure::ref)).containsExactly("2.2");
        assertThat(ALL.query(MeasureQuery.all())).isEqualTo(ALL);
        assertThat(ALL.query(MeasureQuery.all().withMostCrucial(false)).size()).isEqualTo(29);
    }

    @Test
    void findsByRefAndByUrn() {
        Measure measure = ALL.get("2.3");

        assertThat(ALL.find(new MeasureId("urn:weerbaar:vng-2025:measure:2.3"))).contains(measure);
        assertThat(ALL.find("9.9")).isEmpty();
        assertThatThrownBy(() -> ALL.get("9.9")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no measure with ref '9.9'");
    }
}
