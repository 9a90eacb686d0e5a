package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.SourceLocation;
import nl.weerbaar.core.overlay.ValueSource.Kind;
import org.junit.jupiter.api.Test;

import static nl.weerbaar.core.overlay.OverlayFixtures.catchCatalogException;
import static nl.weerbaar.core.overlay.OverlayFixtures.loadFailing;
import static nl.weerbaar.core.overlay.OverlayFixtures.overlay;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An overlay records the rolverdeling a gemeente agreed with its veiligheidsregio per measure, and the gemeente's
 * choice of bevoegd gezag for a pillar whose catalog names more than one; both land in the effective catalog
 * with their source, and every bad or conflicting one fails naming where.
 */
class RolverdelingOverlayTests {

    private static final String VNG = "urn:weerbaar:vng-2025";
    private static final SourceLocation VNG_START = SourceLocation.startOf("classpath:weerbaar/catalog/vng-2025.yaml");

    // Line numbers matter: the tests below name them.
    private static final String UTRECHT = """
            urn: urn:weerbaar:utrecht
            title: Aanpassingen gemeente Utrecht
            target: urn:weerbaar:vng-2025
            pillars:
              - number: 1
                authority: Gemeentesecretaris
            measures:
              - ref: "2.6"
                rolverdeling:
                  responsible: veiligheidsregios
                  supporting: [gemeenten, ghor, brandweer]
                  agreement:
                    date: 2026-01-15
                    reference: Afsprakenkader weerbaarheid VR Utrecht 2026, kenmerk AB-2026-04
                    confirmedByGemeente: 2026-01-20
                    confirmedByVeiligheidsregio: 2026-01-22
              - ref: "5.3"
                rolverdeling:
                  responsible: gemeenten
                  agreement:
                    date: 2026-02-01
                    reference: Bestuurlijk overleg 1 februari 2026
                    confirmedByGemeente: 2026-02-01
                    confirmedByVeiligheidsregio: 2026-02-03
            """;

    private final Catalog vng = CatalogLoader.vng2025();

    @Test
    void recordsTheAgreedRolverdelingWithTheAgreementBehindIt() {
        EffectiveMeasure communication = apply(UTRECHT).get("2.6");

        Rolverdeling rolverdeling = communication.findRolverdeling().orElseThrow();
        assertThat(rolverdeling.responsible().code()).isEqualTo("veiligheidsregios");
        assertThat(rolverdeling.responsibleIs("veiligheidsregios")).isTrue();
        assertThat(rolverdeling.supporting()).extracting(Party::code).containsExactly("gemeenten", "ghor", "brandweer");
        assertThat(rolverdeling.agreement()).isEqualTo(new Rolverdeling.Agreement(LocalDate.of(2026, 1, 15),
                "Afsprakenkader weerbaarheid VR Utrecht 2026, kenmerk AB-2026-04", LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 1, 22)));
        assertThat(rolverdeling.agreement().confirmed()).isEqualTo(LocalDate.of(2026, 1, 22));
        assertThat(communication.provenanceOf("rolverdeling")).containsExactly(new ValueSource(Kind.OVERLAY,
                "urn:weerbaar:utrecht", new SourceLocation("utrecht.yaml", 8, 5), null));
    }

    @Test
    void aRolverdelingCanKeepAMeasureTheCatalogGivesTheRegionWithTheGemeente() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        assertThat(vng.measure("5.3").responsible()).extracting(Party::code).containsExactly("veiligheidsregios");
        assertThat(utrecht.get("5.3").findRolverdeling().orElseThrow().responsible().code()).isEqualTo("gemeenten");
        assertThat(utrecht.get("5.3").findRolverdeling().orElseThrow().supporting()).isEmpty();
        assertThat(utrecht.get("2.2").findRolverdeling()).isEmpty();
    }

    @Test
    void theGemeenteChoosesTheBevoegdGezagOfAPillarThatNamesTwo() {
        EffectiveCatalog utrecht = apply(UTRECHT);
        EffectiveCatalog plain = OverlayLoader.apply(vng, List.of());

        assertThat(utrecht.authority(1)).isEqualTo("gemeentesecretaris");
        assertThat(utrecht.get("1.4").authority()).isEqualTo("gemeentesecretaris");
        assertThat(utrecht.get("1.4").provenanceOf("authority")).containsExactly(new ValueSource(Kind.OVERLAY,
                "urn:weerbaar:utrecht", new SourceLocation("utrecht.yaml", 5, 5), null));
        assertThat(utrecht.get("2.2").authority()).isEqualTo("burgemeester");
        assertThat(plain.authority(1)).isEqualTo("wethouder/gemeentesecretaris");
        assertThat(plain.get("1.4").authority()).isEqualTo("wethouder/gemeentesecretaris");
        assertThat(plain.get("1.4").provenanceOf("authority"))
                .containsExactly(new ValueSource(Kind.SOURCE, VNG, VNG_START, null));
    }

    @Test
    void rejectsAChoiceOfBevoegdGezagTheCatalogDoesNotName() {
        CatalogException failure = applyFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                pillars:
                  - number: 1
                    authority: burgemeester
                  - number: 2
                    authority: wethouder
                  - number: 9
                    authority: wethouder
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::field,
                CatalogViolation::message).containsExactly(
                tuple(new SourceLocation("utrecht.yaml", 5, 5), "pillars", "pillar 1's bevoegd gezag is"
                        + " 'wethouder/gemeentesecretaris'; choose one of 'wethouder', 'gemeentesecretaris', not"
                        + " 'burgemeester'"),
                tuple(new SourceLocation("utrecht.yaml", 7, 5), "pillars", "pillar 2's bevoegd gezag is"
                        + " 'burgemeester'; choose 'burgemeester', not 'wethouder'"),
                tuple(new SourceLocation("utrecht.yaml", 9, 5), "pillars",
                        "catalog urn:weerbaar:vng-2025 has no pillar 9"));
    }

    @Test
    void rejectsUnknownPartiesInARolverdeling() {
        CatalogException failure = applyFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "2.6"
                    rolverdeling:
                      responsible: regio-utrecht
                      supporting: [gemeenten, stadswacht]
                      agreement:
                        date: 2026-01-15
                        reference: AB-2026-04
                        confirmedByGemeente: 2026-01-20
                        confirmedByVeiligheidsregio: 2026-01-22
                """);

        String unknownParty = "'; use a party of urn:weerbaar:vng-2025 or declare it under 'parties'";
        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(
                tuple(new SourceLocation("utrecht.yaml", 5, 5), "2.6", "rolverdeling.responsible",
                        "unknown party 'regio-utrecht" + unknownParty),
                tuple(new SourceLocation("utrecht.yaml", 5, 5), "2.6", "rolverdeling.supporting[1]",
                        "unknown party 'stadswacht" + unknownParty));
    }

    @Test
    void rejectsARolverdelingWithoutAConfirmedAgreement() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "2.6"
                    rolverdeling:
                      responsible: veiligheidsregios
                      supporting: [veiligheidsregios]
                      agreement:
                        date: 2026-01-15
                        reference: " "
                        confirmedByGemeente: 2026-01-14
                """);

        assertThat(failure.violations()).extracting(v -> v.location().line(), CatalogViolation::field,
                CatalogViolation::message).containsExactlyInAnyOrder(
                tuple(11, "rolverdeling.agreement.reference", "must not be blank"),
                tuple(9, "rolverdeling.agreement.confirmedByVeiligheidsregio", "is required"),
                tuple(8, "rolverdeling.supporting[0]", "'veiligheidsregios' is the responsible party;"
                        + " it cannot also be a supporting one"),
                tuple(12, "rolverdeling.agreement.confirmedByGemeente", "is before the agreement's date"
                        + " 2026-01-15; an agreement is confirmed when or after it is made"));
    }

    @Test
    void rejectsAnAgreementOrConfirmationDatedAfterTodaySinceTheNewestAgreementWins() {
        LocalDate future = LocalDate.now().plusYears(36);
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "2.6"
                    rolverdeling:
                      responsible: veiligheidsregios
                      agreement:
                        date: %1$s
                        reference: AB-2026-04
                        confirmedByGemeente: %1$s
                        confirmedByVeiligheidsregio: 2026-01-22
                """.formatted(future));

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::field,
                CatalogViolation::message).containsExactlyInAnyOrder(
                tuple(new SourceLocation("utrecht.yaml", 9, 9), "rolverdeling.agreement.date", "is " + future
                        + ", in the future; an agreement is recorded once it is made (is the year right?)"),
                tuple(new SourceLocation("utrecht.yaml", 11, 9), "rolverdeling.agreement.confirmedByGemeente", "is "
                        + future + ", in the future; a confirmation is recorded once it is given (is the year"
                        + " right?)"),
                tuple(new SourceLocation("utrecht.yaml", 12, 9), "rolverdeling.agreement.confirmedByVeiligheidsregio",
                        "is before the agreement's date " + future + "; an agreement is confirmed when or after it is"
                                + " made"));
    }

    @Test
    void rejectsTwoOverlaysAgreeingDifferentRolverdelingen() {
        List<Overlay> overlays = List.of(overlay("utrecht.yaml", UTRECHT), overlay("zeist.yaml", """
                urn: urn:weerbaar:zeist
                title: Aanpassingen gemeente Zeist
                target: urn:weerbaar:vng-2025
                pillars:
                  - number: 1
                    authority: wethouder
                measures:
                  - ref: "2.6"
                    rolverdeling:
                      responsible: gemeenten
                      agreement:
                        date: 2026-03-01
                        reference: Zeist-2026-1
                        confirmedByGemeente: 2026-03-01
                        confirmedByVeiligheidsregio: 2026-03-02
                """));

        CatalogException failure = catchCatalogException(() -> OverlayLoader.apply(vng, overlays));

        assertThat(failure.violations()).extracting(CatalogViolation::field, CatalogViolation::message)
                .containsExactly(
                        tuple("pillars", "conflicting overlays: urn:weerbaar:utrecht (utrecht.yaml:5:5) chooses"
                                + " gemeentesecretaris as bevoegd gezag of pillar 1, urn:weerbaar:zeist"
                                + " (zeist.yaml:5:5) chooses wethouder"),
                        tuple("rolverdeling", "conflicting overlays: urn:weerbaar:utrecht (utrecht.yaml:8:5) sets"
                                + " rolverdeling to veiligheidsregios responsible (Afsprakenkader weerbaarheid VR"
                                + " Utrecht 2026, kenmerk AB-2026-04 of 2026-01-15), urn:weerbaar:zeist"
                                + " (zeist.yaml:8:5) sets it to gemeenten responsible (Zeist-2026-1 of 2026-03-01)"));
    }

    @Test
    void rejectsAPillarChosenTwiceInOneOverlay() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                pillars:
                  - number: 1
                    authority: wethouder
                  - number: 1
                    authority: gemeentesecretaris
                """);

        assertThat(failure.violations()).extracting(v -> v.location().line(), CatalogViolation::field,
                CatalogViolation::message).containsExactly(tuple(7, "pillars[1].number",
                "duplicate choice of bevoegd gezag for pillar '1': also used at line 5"));
    }

    @Test
    void aRolverdelingAloneIsAnAdaptation() {
        Overlay overlay = overlay("utrecht.yaml", UTRECHT);

        assertThat(overlay.adaptations()).extracting(Adaptation::ref).containsExactly("2.6", "5.3");
        assertThat(overlay.adaptations().get(0).rolverdeling().supporting())
                .containsExactly("gemeenten", "ghor", "brandweer");
        assertThat(overlay.pillarChoices()).containsExactly(new PillarChoice(1, "Gemeentesecretaris",
                new SourceLocation("utrecht.yaml", 5, 5)));
    }

    private EffectiveCatalog apply(String yaml) {
        return OverlayLoader.apply(vng, List.of(overlay("utrecht.yaml", yaml)));
    }

    private CatalogException applyFailing(String yaml) {
        Overlay overlay = overlay("utrecht.yaml", yaml);
        return catchCatalogException(() -> OverlayLoader.apply(vng, List.of(overlay)));
    }
}
