package nl.weerbaar.core.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.catalog.SourceLocation;
import nl.weerbaar.core.overlay.ValueSource.Kind;
import org.junit.jupiter.api.Test;

import static nl.weerbaar.core.overlay.OverlayFixtures.catchCatalogException;
import static nl.weerbaar.core.overlay.OverlayFixtures.loadFailing;
import static nl.weerbaar.core.overlay.OverlayFixtures.overlay;

/**
 * Overlays adapt a catalog for one municipality as docs/catalog-format.md describes: every local decision lands in
 * the effective catalog with its source, and every bad or conflicting overlay fails as a whole, naming where.
 */
class OverlayTests {

    private static final String VNG = "urn:weerbaar:vng-2025";
    private static final String VNG_FILE = "classpath:weerbaar/catalog/vng-2025.yaml";
    private static final SourceLocation VNG_START = SourceLocation.startOf(VNG_FILE);
    private static final List<String> EFFECTIVE_FIELDS = List.of("urn", "ref", "pillar", "rank", "mostCrucial",
            "title", "text", "phases", "responsible", "partners", "applicability", "localPriority", "localOwner",
            "rolverdeling", "authority");

    // Line numbers matter: the tests below name them.
    private static final String UTRECHT = """
            urn: urn:weerbaar:utrecht
            title: Aanpassingen gemeente Utrecht
            target: urn:weerbaar:vng-2025
            parties:
              - code: hdsr
                name: Hoogheemraadschap De Stichtse Rijnlanden
            measures:
              - ref: "3.6"
                applicable: false
                reason: Utrecht heeft geen eigen primaire waterkering.
              - ref: "1.5"
                localPriority: 1
                localOwner: Team Openbare Orde en Veiligheid
                addPartners: [veiligheidsregios, waterschappen, hdsr]
            localMeasures:
              - urn: urn:weerbaar:utrecht:measure:u.1
                ref: U.1
                pillar: 3
                title: Zandzakkendepot
                text: De gemeente houdt een depot met zandzakken aan voor wateroverlast.
                phases: [KOUDE, WARM_TOT_72U]
                responsible: [gemeenten]
                partners: [hdsr]
              - urn: urn:weerbaar:utrecht:measure:u.2
                ref: U.2
                pillar: 1
                title: Noodstroom stadskantoor
                text: De gemeente houdt het stadskantoor op noodstroom bereikbaar.
                phases: [KOUDE]
                responsible: [gemeenten]
                partners: []
              - urn: urn:weerbaar:utrecht:measure:u.3
                ref: U.3
                pillar: 3
                title: Noodwaterpunten
                text: De gemeente wijst noodwaterpunten aan.
                phases: [WARM_NA_72U]
                responsible: [gemeenten]
                partners: [waterschappen]
            """;

    private static final String SMALL_CATALOG = """
            urn: urn:weerbaar:test-2025
            version: 1
            title: Testkader
            publisher: Weerbaar
            published: 2025-08-25
            locale: nl
            mostCrucialRanks: 1
            pillars:
              - number: 1
                code: continuiteit
                name: Continuïteit
                authority: burgemeester
            parties:
              - code: gemeente
                name: Gemeente
            measures:
              - urn: urn:weerbaar:test-2025:measure:1.1
                ref: "1.1"
                pillar: 1
                rank: 1
                mostCrucial: true
                title: Kritieke processen in kaart
                text: Breng de kritieke bedrijfsprocessen in kaart.
                phases: [KOUDE]
                responsible: [gemeente]
                partners: []
                provenance:
                  title: {basis: editorial, reason: De bron geeft geen titels.}
            """;

    private final Catalog vng = CatalogLoader.vng2025();

    // ---------------------------------------------------------------- adaptations

    @Test
    void marksMeasureNotApplicableWithItsReason() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        EffectiveMeasure dykes = utrecht.get("3.6");
        assertThat(dykes.applicable()).isFalse();
        assertThat(dykes.applicability())
                .isEqualTo(Applicability.notApplicable("Utrecht heeft geen eigen primaire waterkering."));
        assertThat(utrecht.get("3.5").applicability()).isEqualTo(Applicability.APPLICABLE);
    }

    @Test
    void leavesNotApplicableMeasuresOutOfTheApplicableOnes() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        assertThat(utrecht.applicableMeasures().inPillar(3).stream().map(Measure::ref))
                .containsExactly("3.1", "3.2", "3.3", "3.4", "3.5", "3.7", "3.8", "3.9", "3.10", "U.1", "U.3");
        assertThat(utrecht.applicableMeasures().size()).isEqualTo(vng.measures().size() + 3 - 1);
        assertThat(utrecht.asMeasures().find("3.6")).isPresent();
    }

    @Test
    void setsLocalPriorityAndLocalOwner() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        EffectiveMeasure exercises = utrecht.get("1.5");
        assertThat(exercises.localPriority()).isEqualTo(1);
        assertThat(exercises.localOwner()).isEqualTo("Team Openbare Orde en Veiligheid");
        assertThat(utrecht.get("1.4").findLocalPriority()).isEmpty();
        assertThat(utrecht.get("1.4").findLocalOwner()).isEmpty();
    }

    @Test
    void addsPartnersAfterTheGuidesOwnWithoutDuplicates() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        // 1.5 already has veiligheidsregios as partner; the overlay lists it again.
        assertThat(vng.measure("1.5").partners()).extracting(Party::code).containsExactly("veiligheidsregios");
        assertThat(utrecht.get("1.5").partners()).extracting(Party::code)
                .containsExactly("veiligheidsregios", "waterschappen", "hdsr");
        assertThat(utrecht.asMeasures().involving("hdsr").stream().map(Measure::ref)).containsExactly("1.5", "U.1");
    }

    @Test
    void keepsPartnersUnknownWhenAnOverlayAddsLocalOnesAndKeepsTheRemark() {
        EffectiveCatalog zeist = OverlayLoader.apply(vng, List.of(overlay("zeist.yaml", """
                urn: urn:weerbaar:zeist
                title: Aanpassingen gemeente Zeist
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "3.3"
                    addPartners: [waterschappen]
                  - ref: "3.5"
                    localOwner: Team Sociaal Domein
                """)));

        // The guide's partner value of 3.3 was lost; a gemeente's own partner does not make it known.
        assertThat(vng.measure("3.3").partnersKnown()).isFalse();
        assertThat(zeist.get("3.3").partnersKnown()).isFalse();
        assertThat(zeist.get("3.3").partners()).extracting(Party::code).containsExactly("waterschappen");
        assertThat(zeist.get("3.1").partnersKnown()).isFalse();
        assertThat(zeist.get("3.1").partners()).isEmpty();
        assertThat(zeist.get("3.5").partnersKnown()).isTrue();
        assertThat(zeist.get("3.5").measure().partnersRemark()).isEqualTo(vng.measure("3.5").partnersRemark());
    }

    @Test
    void refusesUnknownPartnersForALocalMeasureNamingWhatItExpects() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                localMeasures:
                  - urn: urn:weerbaar:utrecht:measure:u.1
                    ref: U.1
                    pillar: 3
                    title: Zandzakkendepot
                    text: De gemeente houdt een depot met zandzakken aan.
                    phases: [KOUDE]
                    responsible: [gemeenten]
                    partners: unknown
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::field,
                CatalogViolation::message).containsExactly(tuple(new SourceLocation("utrecht.yaml", 12, 5),
                "partners", "expected a list, found the text \"unknown\""));
    }

    // ---------------------------------------------------------------- local measures

    @Test
    void ranksLocalMeasuresAfterTheGuidesMeasuresOfTheirPillar() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        assertThat(utrecht.measures()).filteredOn(EffectiveMeasure::local)
                .extracting(EffectiveMeasure::ref, m -> m.measure().pillar().number(), m -> m.measure().rank(),
                        m -> m.measure().mostCrucial())
                .containsExactly(tuple("U.2", 1, 8, false), tuple("U.1", 3, 11, false), tuple("U.3", 3, 12, false));
        assertThat(utrecht.get("U.1").measure().pillar()).isEqualTo(vng.pillar(3));
    }

    @Test
    void listsLocalMeasuresInGuideOrder() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        List<String> refs = utrecht.measures().stream().map(EffectiveMeasure::ref).toList();
        assertThat(refs).hasSize(vng.measures().size() + 3);
        assertThat(refs.subList(refs.indexOf("1.6"), refs.indexOf("2.2"))).containsExactly("1.6", "1.7", "U.2", "2.1");
        assertThat(refs.subList(refs.indexOf("3.9"), refs.indexOf("4.2")))
                .containsExactly("3.9", "3.10", "U.1", "U.3", "4.1");
        assertThat(utrecht.measures()).filteredOn(m -> !m.local()).extracting(EffectiveMeasure::ref)
                .containsExactlyElementsOf(vng.measures().stream().map(Measure::ref).toList());
    }

    @Test
    void keepsTheLocalMeasuresOwnValues() {
        EffectiveMeasure sandbags = apply(UTRECHT).get("U.1");

        assertThat(sandbags.local()).isTrue();
        assertThat(sandbags.applicability()).isEqualTo(Applicability.APPLICABLE);
        assertThat(sandbags.measure().id().urn()).isEqualTo("urn:weerbaar:utrecht:measure:u.1");
        assertThat(sandbags.measure().title()).isEqualTo("Zandzakkendepot");
        assertThat(sandbags.measure().text())
                .isEqualTo("De gemeente houdt een depot met zandzakken aan voor wateroverlast.");
        assertThat(sandbags.measure().phases()).containsExactly(Phase.KOUDE, Phase.WARM_TOT_72U);
        assertThat(sandbags.measure().responsible()).extracting(Party::code).containsExactly("gemeenten");
    }

    @Test
    void addsThePartiesAnOverlayDeclaresForItsLocalMeasures() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        Party hdsr = new Party("hdsr", "Hoogheemraadschap De Stichtse Rijnlanden");
        assertThat(utrecht.parties()).hasSize(vng.parties().size() + 1)
                .startsWith(vng.parties().toArray(Party[]::new)).endsWith(hdsr);
        assertThat(utrecht.get("U.1").partners()).containsExactly(hdsr);
        assertThat(vng.findParty("hdsr")).isEmpty();
    }

    // ---------------------------------------------------------------- provenance

    @Test
    void tracesGuideFieldsToTheCatalogWithItsReasonForInferredValues() {
        EffectiveMeasure exercises = apply(UTRECHT).get("1.5");

        assertThat(exercises.provenance()).containsOnlyKeys(EFFECTIVE_FIELDS);
        assertThat(exercises.provenanceOf("phases")).containsExactly(new ValueSource(Kind.INFERRED, VNG, VNG_START,
                "Exercising is preparation, so koude fase."));
        assertThat(exercises.provenanceOf("text")).containsExactly(new ValueSource(Kind.SOURCE, VNG, VNG_START, null));
        assertThat(exercises.provenanceOf("responsible"))
                .containsExactly(new ValueSource(Kind.SOURCE, VNG, VNG_START, null));
        assertThat(exercises.provenanceOf("noSuchField")).isEmpty();
    }

    @Test
    void tracesThePhasesOfEveryVngMeasureAsInferredWithTheCatalogsReason() {
        EffectiveCatalog plain = OverlayLoader.apply(vng, List.of());

        assertThat(plain.measures()).hasSize(vng.measures().size()).allSatisfy(m ->
                assertThat(m.provenanceOf("phases")).containsExactly(new ValueSource(Kind.INFERRED, VNG, VNG_START,
                        vng.measure(m.ref()).provenance().get("phases").reason())));
    }

    @Test
    void tracesTheVngTitlesAsEditorialSinceTheGuideHasNone() {
        // docs/catalog-format.md: title is "short Dutch title (editorial: the guide has none)", and every value not
        // read from the source says so.
        EffectiveCatalog plain = OverlayLoader.apply(vng, List.of());

        assertThat(plain.measures()).hasSize(41)
                .filteredOn(m -> !m.provenanceOf("title").stream().map(ValueSource::kind).toList()
                        .equals(List.of(Kind.EDITORIAL)))
                .extracting(EffectiveMeasure::ref).as("measures whose title is not traced as editorial").isEmpty();
    }

    @Test
    void tracesEditorialCatalogValuesWithTheirReason() {
        Catalog small = CatalogLoader.load(CatalogResource.text("test-2025.yaml", SMALL_CATALOG));

        EffectiveMeasure measure = OverlayLoader.apply(small, List.of()).get("1.1");

        assertThat(measure.provenanceOf("title")).containsExactly(new ValueSource(Kind.EDITORIAL,
                "urn:weerbaar:test-2025", SourceLocation.startOf("test-2025.yaml"), "De bron geeft geen titels."));
    }

    @Test
    void tracesOverlaySetValuesToTheOverlayAndItsLine() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        ValueSource adaptation15 = new ValueSource(Kind.OVERLAY, "urn:weerbaar:utrecht",
                new SourceLocation("utrecht.yaml", 11, 5), null);
        assertThat(utrecht.get("1.5").provenanceOf("localPriority")).containsExactly(adaptation15);
        assertThat(utrecht.get("1.5").provenanceOf("localOwner")).containsExactly(adaptation15);
        assertThat(utrecht.get("3.6").provenanceOf("applicability")).containsExactly(new ValueSource(Kind.OVERLAY,
                "urn:weerbaar:utrecht", new SourceLocation("utrecht.yaml", 8, 5),
                "Utrecht heeft geen eigen primaire waterkering."));
    }

    @Test
    void tracesUnsetLocalValuesToTheDefault() {
        EffectiveMeasure untouched = apply(UTRECHT).get("2.3");

        ValueSource byDefault = new ValueSource(Kind.DEFAULT, VNG, VNG_START, null);
        assertThat(untouched.provenanceOf("applicability")).containsExactly(byDefault);
        assertThat(untouched.provenanceOf("localPriority")).containsExactly(byDefault);
        assertThat(untouched.provenanceOf("localOwner")).containsExactly(byDefault);
        assertThat(untouched.provenanceOf("rolverdeling")).containsExactly(byDefault);
        assertThat(untouched.findRolverdeling()).isEmpty();
    }

    @Test
    void tracesMergedPartnersToBothTheCatalogAndTheOverlay() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        assertThat(utrecht.get("1.5").provenanceOf("partners")).containsExactly(
                new ValueSource(Kind.SOURCE, VNG, VNG_START, null),
                new ValueSource(Kind.OVERLAY, "urn:weerbaar:utrecht", new SourceLocation("utrecht.yaml", 11, 5), null));
        assertThat(utrecht.get("6.3").provenanceOf("partners"))
                .containsExactly(new ValueSource(Kind.SOURCE, VNG, VNG_START, null));
    }

    @Test
    void tracesEveryFieldOfALocalMeasureToItsOverlay() {
        EffectiveMeasure sandbags = apply(UTRECHT).get("U.1");

        ValueSource fromOverlay = new ValueSource(Kind.OVERLAY, "urn:weerbaar:utrecht",
                new SourceLocation("utrecht.yaml", 16, 5), null);
        ValueSource byDefault = new ValueSource(Kind.DEFAULT, VNG, VNG_START, null);
        assertThat(sandbags.provenance()).containsOnlyKeys(EFFECTIVE_FIELDS);
        assertThat(sandbags.provenance()).allSatisfy((field, sources) -> assertThat(sources)
                .containsExactly(field.startsWith("local") || field.equals("rolverdeling") ? byDefault
                        : field.equals("authority") ? new ValueSource(Kind.SOURCE, VNG, VNG_START, null)
                        : fromOverlay));
    }

    // ---------------------------------------------------------------- several overlays

    @Test
    void acceptsOverlaysThatAgree() {
        Overlay region = overlay("regio-utrecht.yaml", """
                urn: urn:weerbaar:regio-utrecht
                title: Afspraken regio Utrecht
                target: urn:weerbaar:vng-2025
                parties:
                  - code: hdsr
                    name: Hoogheemraadschap De Stichtse Rijnlanden
                measures:
                  - ref: "1.5"
                    localPriority: 1
                    localOwner: Team Openbare Orde en Veiligheid
                    addPartners: [hdsr, brandweer]
                  - ref: "3.6"
                    applicable: false
                    reason: Utrecht heeft geen eigen primaire waterkering.
                """);

        EffectiveCatalog effective = OverlayLoader.apply(vng, List.of(overlay("utrecht.yaml", UTRECHT), region));

        EffectiveMeasure exercises = effective.get("1.5");
        assertThat(exercises.localPriority()).isEqualTo(1);
        assertThat(exercises.localOwner()).isEqualTo("Team Openbare Orde en Veiligheid");
        assertThat(exercises.partners()).extracting(Party::code)
                .containsExactly("veiligheidsregios", "waterschappen", "hdsr", "brandweer");
        assertThat(exercises.provenanceOf("partners")).containsExactly(
                new ValueSource(Kind.SOURCE, VNG, VNG_START, null),
                new ValueSource(Kind.OVERLAY, "urn:weerbaar:utrecht", new SourceLocation("utrecht.yaml", 11, 5), null),
                new ValueSource(Kind.OVERLAY, "urn:weerbaar:regio-utrecht",
                        new SourceLocation("regio-utrecht.yaml", 8, 5), null));
        assertThat(effective.get("3.6").applicable()).isFalse();
        assertThat(effective.parties()).filteredOn(p -> p.code().equals("hdsr")).hasSize(1);
        assertThat(effective.overlays()).extracting(Overlay::urn)
                .containsExactly("urn:weerbaar:utrecht", "urn:weerbaar:regio-utrecht");
    }

    @Test
    void rejectsOverlaysSettingDifferentLocalPriorities() {
        CatalogException failure = applyFailing(UTRECHT, """
                urn: urn:weerbaar:zeist
                title: Aanpassingen gemeente Zeist
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "1.5"
                    localPriority: 2
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("zeist.yaml", 5, 5), "1.5", "localPriority",
                "conflicting overlays: urn:weerbaar:utrecht (utrecht.yaml:11:5) sets localPriority to 1, "
                        + "urn:weerbaar:zeist (zeist.yaml:5:5) sets it to 2"));
    }

    @Test
    void rejectsOverlaysSettingDifferentLocalOwners() {
        CatalogException failure = applyFailing(UTRECHT, """
                urn: urn:weerbaar:zeist
                title: Aanpassingen gemeente Zeist
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "1.5"
                    localOwner: Team Veiligheid
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("zeist.yaml", 5, 5), "1.5", "localOwner",
                "conflicting overlays: urn:weerbaar:utrecht (utrecht.yaml:11:5) sets localOwner to "
                        + "'Team Openbare Orde en Veiligheid', urn:weerbaar:zeist (zeist.yaml:5:5) sets it to "
                        + "'Team Veiligheid'"));
    }

    @Test
    void rejectsOneOverlayMarkingAMeasureApplicableThatAnotherMarksNotApplicable() {
        CatalogException failure = applyFailing(UTRECHT, """
                urn: urn:weerbaar:zeist
                title: Aanpassingen gemeente Zeist
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "3.6"
                    applicable: true
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("zeist.yaml", 5, 5), "3.6", "applicable",
                "conflicting overlays: urn:weerbaar:utrecht (utrecht.yaml:8:5) sets applicable to not applicable "
                        + "(Utrecht heeft geen eigen primaire waterkering.), urn:weerbaar:zeist (zeist.yaml:5:5) "
                        + "sets it to applicable"));
    }

    @Test
    void rejectsTwoOverlaysAddingLocalMeasuresWithTheSameRef() {
        CatalogException failure = applyFailing(UTRECHT, """
                urn: urn:weerbaar:zeist
                title: Aanpassingen gemeente Zeist
                target: urn:weerbaar:vng-2025
                localMeasures:
                  - urn: urn:weerbaar:zeist:measure:u.1
                    ref: U.1
                    pillar: 3
                    title: Zandzakken
                    text: De gemeente legt zandzakken aan.
                    phases: [KOUDE]
                    responsible: [gemeenten]
                    partners: []
                """);

        assertThat(failure.violations()).hasSize(1);
        CatalogViolation violation = failure.violations().get(0);
        assertThat(violation.location()).isEqualTo(new SourceLocation("zeist.yaml", 5, 5));
        assertThat(violation.measureRef()).isEqualTo("U.1");
        assertThat(violation.field()).isEqualTo("ref");
        // Both overlays by URN and both places, like the other conflicts.
        assertThat(violation.message()).contains("'U.1'", "urn:weerbaar:utrecht", "utrecht.yaml:16:5",
                "urn:weerbaar:zeist", "zeist.yaml:5:5");
    }

    @Test
    void rejectsTwoOverlaysNamingOnePartyDifferentlyAtTheSecondDefinitionNamingBoth() {
        CatalogException failure = applyFailing(UTRECHT, """
                urn: urn:weerbaar:zeist
                title: Aanpassingen gemeente Zeist
                target: urn:weerbaar:vng-2025
                parties:
                  - code: hdsr
                    name: HDSR
                measures:
                  - ref: "1.1"
                    addPartners: [hdsr]
                """);

        assertThat(failure.violations()).hasSize(1);
        CatalogViolation violation = failure.violations().get(0);
        // Where the second definition stands, not the top of the file.
        assertThat(violation.location()).isEqualTo(new SourceLocation("zeist.yaml", 5, 5));
        assertThat(violation.field()).startsWith("parties");
        assertThat(violation.message()).contains("'hdsr'", "'HDSR'", "'Hoogheemraadschap De Stichtse Rijnlanden'",
                "urn:weerbaar:utrecht", "utrecht.yaml:5:5", "urn:weerbaar:zeist", "zeist.yaml:5:5");
    }

    @Test
    void namesBothFilesWhenTwoOverlaysNameOnePartyDifferently() {
        CatalogException failure = applyFailing(UTRECHT, """
                urn: urn:weerbaar:zeist
                title: Aanpassingen gemeente Zeist
                target: urn:weerbaar:vng-2025
                parties:
                  - code: hdsr
                    name: HDSR
                """);

        assertThat(failure.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.location().source()).isEqualTo("zeist.yaml");
            assertThat(violation.message()).contains("utrecht.yaml");
        });
    }

    // ---------------------------------------------------------------- references into the catalog

    @Test
    void rejectsReferencesToUnknownMeasuresPartiesAndPillars() {
        CatalogException failure = applyFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "9.9"
                    localPriority: 2
                  - ref: "1.1"
                    addPartners: [brandweer, hdsr]
                localMeasures:
                  - urn: urn:weerbaar:utrecht:measure:u.1
                    ref: U.1
                    pillar: 8
                    title: Zandzakken
                    text: De gemeente legt zandzakken aan.
                    phases: [KOUDE]
                    responsible: [gemeenten, stadswacht]
                    partners: []
                  - urn: urn:weerbaar:utrecht:measure:2.1
                    ref: "2.1"
                    pillar: 2
                    title: Crisisteam
                    text: De gemeente heeft een crisisteam.
                    phases: [KOUDE]
                    responsible: [gemeenten]
                    partners: []
                """);

        String unknownParty = "'; use a party of urn:weerbaar:vng-2025 or declare it under 'parties'";
        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(
                tuple(new SourceLocation("utrecht.yaml", 5, 5), "9.9", "ref",
                        "catalog urn:weerbaar:vng-2025 has no measure 9.9"),
                tuple(new SourceLocation("utrecht.yaml", 7, 5), "1.1", "addPartners[1]",
                        "unknown party 'hdsr" + unknownParty),
                tuple(new SourceLocation("utrecht.yaml", 10, 5), "U.1", "pillar",
                        "catalog urn:weerbaar:vng-2025 has no pillar 8"),
                tuple(new SourceLocation("utrecht.yaml", 10, 5), "U.1", "responsible[1]",
                        "unknown party 'stadswacht" + unknownParty),
                tuple(new SourceLocation("utrecht.yaml", 18, 5), "2.1", "ref",
                        "ref 2.1 is already a measure of urn:weerbaar:vng-2025; give the local measure its own ref"));
    }

    @Test
    void rejectsAnOverlayForAnotherCatalog() {
        Catalog small = CatalogLoader.load(CatalogResource.text("test-2025.yaml", SMALL_CATALOG));

        CatalogException failure = catchCatalogException(() -> OverlayLoader.apply(small,
                List.of(overlay("utrecht.yaml", UTRECHT))));

        assertThat(failure.violations()).filteredOn(v -> "target".equals(v.field()))
                .extracting(CatalogViolation::location, CatalogViolation::message)
                .containsExactly(tuple(new SourceLocation("utrecht.yaml", 3, 1),
                        "overlay urn:weerbaar:utrecht targets urn:weerbaar:vng-2025, not urn:weerbaar:test-2025"));
    }

    // ---------------------------------------------------------------- rules of one overlay file

    @Test
    void requiresAReasonForANotApplicableMeasure() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "3.6"
                    applicable: false
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("utrecht.yaml", 5, 5), "3.6", "reason",
                "a measure marked applicable: false needs a reason"));
    }

    @Test
    void rejectsAReasonWithoutApplicableFalse() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "3.6"
                    applicable: true
                    reason: Toch maar wel.
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("utrecht.yaml", 7, 5), "3.6", "reason",
                "reason is only used together with applicable: false"));
    }

    @Test
    void rejectsAnAdaptationThatChangesNothing() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "1.1"
                    localPriority: 1
                  - ref: "2.3"
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("utrecht.yaml", 7, 5), "2.3", null,
                "changes nothing; set applicable, localPriority, localOwner, addPartners or rolverdeling"));
    }

    @Test
    void rejectsTheSameMeasureAdaptedTwiceInOneOverlay() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "1.1"
                    localPriority: 1
                  - ref: "1.1"
                    localOwner: Team Informatievoorziening
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("utrecht.yaml", 7, 5), "1.1", "ref",
                "duplicate adaptation of measure '1.1': also used at line 5"));
    }

    @Test
    void rejectsALocalMeasureUrnOutsideTheOverlaysUrn() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                localMeasures:
                  - urn: urn:weerbaar:vng-2025:measure:u.1
                    ref: U.1
                    pillar: 3
                    title: Zandzakken
                    text: De gemeente legt zandzakken aan.
                    phases: [KOUDE]
                    responsible: [gemeenten]
                    partners: []
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("utrecht.yaml", 5, 5), "U.1", "urn",
                "a local measure's URN must start with the overlay's URN followed by ':measure:' "
                        + "(urn:weerbaar:utrecht:measure:...)"));
    }

    @Test
    void rejectsUnknownKeys() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "1.1"
                    localPriorty: 1
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("utrecht.yaml", 6, 5), "1.1", "localPriorty",
                "unknown key 'localPriorty'; allowed keys are addPartners, applicable, localOwner, localPriority, "
                        + "reason, ref, rolverdeling"));
    }

    @Test
    void rejectsUnknownKeysAtTheTopOfTheFile() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                gemeente: Utrecht
                measures:
                  - ref: "1.1"
                    localPriority: 1
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("utrecht.yaml", 4, 1), null, "gemeente",
                "unknown key 'gemeente'; allowed keys are localMeasures, measures, parties, pillars, scenarios, target, title, urn"));
    }

    @Test
    void reportsEveryViolationOfOneOverlayAtOnce() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "3.6"
                    applicable: false
                  - ref: "1.1"
                    localPriorty: 1
                  - ref: "3.6"
                    localPriority: 4
                localMeasures:
                  - urn: urn:weerbaar:zeist:measure:u.1
                    ref: U.1
                    pillar: 3
                    title: Zandzakken
                    text: De gemeente legt zandzakken aan.
                    phases: [KOUD]
                    responsible: [gemeenten]
                    partners: []
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field).containsExactly(
                tuple(new SourceLocation("utrecht.yaml", 5, 5), "3.6", "reason"),
                tuple(new SourceLocation("utrecht.yaml", 8, 5), "1.1", "localPriorty"),
                tuple(new SourceLocation("utrecht.yaml", 9, 5), "3.6", "ref"),
                tuple(new SourceLocation("utrecht.yaml", 12, 5), "U.1", "urn"),
                tuple(new SourceLocation("utrecht.yaml", 17, 14), "U.1", "phases[0]"));
        assertThat(failure.getMessage()).startsWith("5 catalog violations:\n"
                + "  - utrecht.yaml:5:5: measure 3.6, field 'reason': a measure marked applicable: false needs a "
                + "reason\n");
    }

    @Test
    void checksLocalMeasureUrnsEvenWhenTheHeaderHasAnUnknownKey() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:utrecht
                title: Aanpassingen gemeente Utrecht
                target: urn:weerbaar:vng-2025
                gemeente: Utrecht
                localMeasures:
                  - urn: urn:weerbaar:zeist:measure:u.1
                    ref: U.1
                    pillar: 3
                    title: Zandzakken
                    text: De gemeente legt zandzakken aan.
                    phases: [KOUDE]
                    responsible: [gemeenten]
                    partners: []
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field).containsExactly(
                tuple(new SourceLocation("utrecht.yaml", 4, 1), null, "gemeente"),
                tuple(new SourceLocation("utrecht.yaml", 6, 5), "U.1", "urn"));
    }

    // ---------------------------------------------------------------- nothing half-applied

    @Test
    void leavesTheCatalogUnchangedWhenApplyingFails() {
        Overlay utrecht = overlay("utrecht.yaml", UTRECHT);
        Overlay zeist = overlay("zeist.yaml", """
                urn: urn:weerbaar:zeist
                title: Aanpassingen gemeente Zeist
                target: urn:weerbaar:vng-2025
                measures:
                  - ref: "1.5"
                    localPriority: 2
                """);

        catchCatalogException(() -> OverlayLoader.apply(vng, List.of(utrecht, zeist)));

        assertUnchanged(vng);
    }

    @Test
    void leavesTheCatalogUnchangedWhenApplyingSucceeds() {
        EffectiveCatalog utrecht = apply(UTRECHT);

        assertThat(utrecht.catalog()).isSameAs(vng);
        assertUnchanged(vng);
    }

    private void assertUnchanged(Catalog catalog) {
        assertThat(catalog).isEqualTo(CatalogLoader.vng2025());
        assertThat(catalog.measures().size()).isEqualTo(41);
        assertThat(catalog.measure("1.5").partners()).extracting(Party::code).containsExactly("veiligheidsregios");
        assertThat(catalog.measures().find("U.1")).isEmpty();
        assertThat(catalog.findParty("hdsr")).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private EffectiveCatalog apply(String utrechtYaml) {
        return OverlayLoader.apply(vng, List.of(overlay("utrecht.yaml", utrechtYaml)));
    }

    /** Utrecht's overlay and then Zeist's, applied to the VNG catalog. */
    private CatalogException applyFailing(String utrechtYaml, String zeistYaml) {
        List<Overlay> overlays = List.of(overlay("utrecht.yaml", utrechtYaml), overlay("zeist.yaml", zeistYaml));
        return catchCatalogException(() -> OverlayLoader.apply(vng, overlays));
    }

    private CatalogException applyFailing(String utrechtYaml) {
        Overlay overlay = overlay("utrecht.yaml", utrechtYaml);
        return catchCatalogException(() -> OverlayLoader.apply(vng, List.of(overlay)));
    }
}
