package nl.weerbaar.core.catalog;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The shipped catalog is complete and says what the guide says: for each pillar, its measures in the guide's
 * order with their texts' opening words as printed in chapter 2 of the Handreiking.
 */
class ShippedCatalogTests {

    private static Catalog vng;

    @BeforeAll
    static void load() {
        vng = CatalogLoader.vng2025();
    }

    @Test
    void loadsWithoutViolationsAndDescribesTheGuide() {
        assertThat(vng.urn()).isEqualTo("urn:weerbaar:vng-2025");
        assertThat(vng.version()).isEqualTo(2);
        assertThat(vng.title()).isEqualTo("Handreiking weerbaarheid en veerkracht op lokaal niveau");
        assertThat(vng.publisher()).isEqualTo("Vereniging van Nederlandse Gemeenten (VNG)");
        assertThat(vng.published()).isEqualTo(LocalDate.of(2025, 8, 25));
        assertThat(vng.locale()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(vng.source()).isEqualTo("classpath:weerbaar/catalog/vng-2025.yaml");
    }

    @Test
    void holdsTheGuidesFortyOneMeasuresInSixPillars() {
        assertThat(vng.measures().size()).isEqualTo(41);
        assertThat(vng.pillars()).extracting(Pillar::number, Pillar::name, Pillar::authority).containsExactly(
                tuple(1, "Eigen continuïteit", "wethouder/gemeentesecretaris"),
                tuple(2, "Crisisorganisatie", "burgemeester"),
                tuple(3, "Vitale voorzieningen", "wethouder"),
                tuple(4, "Sociaal weefsel", "wethouder"),
                tuple(5, "Zelfredzaamheid inwoners, bedrijven en maatschappelijke organisaties", "wethouder"),
                tuple(6, "Samenleving als overkoepelend systeem", "wethouder"));
        assertThat(IntStream.rangeClosed(1, 6).map(n -> vng.measures().inPillar(n).size()).toArray())
                .containsExactly(7, 8, 10, 7, 6, 3);
    }

    @Test
    void marksTheFirstTwoOfEachPillarMostCrucial() {
        assertThat(vng.measures().mostCrucial().stream().map(Measure::ref)).containsExactly(
                "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2");
    }

    @Test
    void recordsThatEveryPhaseWasInferredBecauseTheIconsWereLost() {
        assertThat(vng.measures()).allSatisfy(m -> {
            assertThat(m.phases()).as("phases of %s", m.ref()).isNotEmpty();
            assertThat(m.provenance().get("phases")).as("provenance of phases of %s", m.ref())
                    .extracting(Provenance::basis).isEqualTo(Basis.INFERRED);
        });
    }

    @Test
    void givesEveryMeasureAStableUrnResponsiblePartyAndEnglishTitle() {
        assertThat(vng.measures()).allSatisfy(m -> {
            assertThat(m.id().urn()).isEqualTo("urn:weerbaar:vng-2025:measure:" + m.ref());
            assertThat(m.responsible()).as("responsible of %s", m.ref()).isNotEmpty();
            assertThat(m.title(Locale.ENGLISH)).as("English title of %s", m.ref()).isNotEqualTo(m.title());
        });
    }

    @Test
    void repairedTheOcrInEveryText() {
        assertThat(vng.measures()).allSatisfy(m -> assertThat(m.text()).as("text of %s", m.ref())
                .doesNotContain("  ", "•", "~", "©", "\n")
                .doesNotContainPattern("[a-z][A-Z]") // OCR capitals mid-word: "handelingsPerspectief"
                .matches("^[A-Z].*[.]$"));
    }

    @Test
    void listsEveryPartyOnceAndUsesEachListedParty() {
        List<String> used = vng.measures().stream()
                .flatMap(m -> java.util.stream.Stream.concat(m.responsible().stream(), m.partners().stream()))
                .map(Party::code).distinct().sorted().toList();
        assertThat(vng.parties().stream().map(Party::code).sorted().toList()).isEqualTo(used);
    }

    @Test
    void pillar1EigenContinuiteitMatchesTheGuide() {
        assertPillar(1, Map.of(
                "1.1", "Gemeenten brengen de kritieke bedrijfsprocessen",
                "1.2", "Gemeenten zorgen ervoor dat er in hun Business Continuity Management",
                "1.3", "Gemeenten zorgen ervoor dat de gemeentelijke informatievoorziening robuust",
                "1.4", "Gemeenten versterken de digitale infrastructuur",
                "1.5", "Gemeenten oefenen op langdurige crises",
                "1.6", "Gemeenten hebben afspraken over interne communicatie",
                "1.7", "Gemeenten hebben oog voor de continuïteit onder eigen personeel"));
        assertThat(vng.measure("1.4").partners()).extracting(Party::code).containsExactly("bzk", "jenv", "ncsc");
        assertThat(vng.measure("1.4").provenance().get("partners").reason()).contains("'BZK, JenV (NCSC)'");
        assertThat(vng.measure("1.5").partners()).extracting(Party::code).containsExactly("veiligheidsregios");
        assertThat(vng.measure("1.6").phases()).containsExactly(Phase.KOUDE, Phase.WARM_TOT_72U, Phase.WARM_NA_72U);
    }

    @Test
    void pillar2CrisisorganisatieMatchesTheGuide() {
        assertPillar(2, Map.of(
                "2.1", "Gemeenten ontwikkelen een duidelijk communicatieplan",
                "2.2", "Gemeenten richten noodsteunpunten in",
                "2.3", "Test en borg de werking van de Nood Communicatie Voorziening",
                "2.4", "Gemeenten hebben afspraken gemaakt met veiligheidsregio's in het kader van bevolkingszorg",
                "2.5", "Gemeenten ondersteunen de veiligheidsregio's bij",
                "2.6", "Veiligheidsregio's ontwikkelen met hulpdiensten alternatieve",
                "2.7", "Gemeenten verkennen of bepaalde sleutelfiguren",
                "2.8", "Gemeenten en veiligheidsregio's integreren burgerhulpverlening"));
        assertThat(vng.measure("2.6").responsible()).extracting(Party::code).containsExactly("veiligheidsregios");
        assertThat(vng.measure("2.6").partners()).extracting(Party::code).containsExactly("gemeenten", "ghor", "brandweer");
        assertThat(vng.measure("2.8").responsible()).extracting(Party::code).containsExactly("gemeenten");
        assertThat(vng.measure("2.8").partners()).extracting(Party::code).containsExactly("veiligheidsregios");
        // Both readings of pillar 2's block are on record, at both measures.
        assertThat(vng.measure("2.6").provenance().get("responsible").reason())
                .contains("By order", "Chosen by meaning");
        assertThat(vng.measure("2.8").provenance().get("responsible").reason()).contains("By the block's order");
        assertThat(vng.measure("2.5").provenance()).containsKey("text");
        assertThat(vng.measures().inPillar(2).stream().filter(m -> m.ref().matches("2\\.[367]")))
                .allSatisfy(m -> assertThat(m.phases()).as("phases of %s", m.ref()).contains(Phase.WARM_NA_72U));
    }

    @Test
    void pillar3VitaleVoorzieningenMatchesTheGuide() {
        assertPillar(3, Map.of(
                "3.1", "Gemeenten hebben een back-up en/of alternatieven voor stroomvoorziening",
                "3.2", "Gemeenten en veiligheidsregio's hebben een protocol",
                "3.3", "Gemeenten hebben met de afvalketen afspraken gemaakt",
                "3.4", "Gemeenten gaan in gesprek met hun corporaties",
                "3.5", "Gemeenten gaan in gesprek met maatschappelijke partijen over het borgen van voedselvoorziening",
                "3.6", "Gemeenten hebben bij uitval van het rioolstelsel",
                "3.7", "Gemeenten houden in hun mobiliteits- en verkeersplannen",
                "3.8", "Vitale infrastructuur zoals wegen, bruggen en dijken wordt versterkt",
                "3.9", "Gemeenten werken samen met provincies en vervoerspartners",
                "3.10", "Gemeenten maken afspraken met vervoersbedrijven"));
        assertThat(vng.measure("3.6").partners()).extracting(Party::code).containsExactly("waterschappen");
    }

    @Test
    void recordsTheLostPartnerValueOf31Or33AsUnknownNotAsNone() {
        assertThat(vng.measures().filter(m -> !m.partnersKnown()).stream().map(Measure::ref))
                .containsExactly("3.1", "3.3");
        assertThat(vng.measures().filter(m -> !m.partnersKnown())).allSatisfy(m -> {
            assertThat(m.partners()).isEmpty();
            assertThat(m.responsible()).extracting(Party::code).containsExactly("gemeenten");
            assertThat(m.provenance().get("partners").reason()).contains("cannot be told", "unknown");
        });
        assertThat(vng.measure("2.3").partnersKnown()).isTrue();
        assertThat(vng.measure("2.3").partners()).isEmpty();
    }

    @Test
    void keepsThePartnerCellOf35AsARemarkBesideItsParties() {
        Measure food = vng.measure("3.5");

        assertThat(food.partners()).extracting(Party::code).containsExactly("eu", "rijk");
        assertThat(food.partnersRemark()).isEqualTo(
                "EU en rijk komen mogelijk met nationale voedselstrategie en kader voor voedseldistributie");
        assertThat(food.findPartnersRemark(Locale.ENGLISH)).contains(
                "The EU and central government may come with a national food strategy and a framework for food"
                        + " distribution");
        assertThat(vng.measures().filter(m -> m.findPartnersRemark().isPresent()).stream().map(Measure::ref))
                .containsExactly("3.5");
    }

    @Test
    void pillar4SociaalWeefselMatchesTheGuide() {
        assertPillar(4, Map.of(
                "4.1", "De gemeente brengt lokale maatschappelijke en (in)formele netwerken in kaart",
                "4.2", "Gemeenten faciliteren participatieprojecten",
                "4.3", "In een crisissituatie mobiliseert de gemeente sleutelfiguren",
                "4.4", "Gemeenten bieden dienstverlening om de bestaanszekerheid",
                "4.5", "Gemeenten zorgen dat er in iedere wijk of buurt een wijkagent",
                "4.6", "Burgemeester (en college) organiseert het gesprek",
                "4.7", "Gemeenten zorgen voor laagdrempelige en goed functionerende"));
        assertThat(vng.measure("4.2").text()).isEqualTo("Gemeenten faciliteren participatieprojecten/"
                + " burgerinitiatieven in de wijken en buurten (leer je buren beter kennen/ samenredzaamheid).");
        assertThat(vng.measure("4.3").phases()).containsExactly(Phase.WARM_TOT_72U, Phase.WARM_NA_72U);
    }

    @Test
    void readsThreeGlyphRemnantsAsTheKoudeAndBothWarmeFasen() {
        // '000' (4.2), 'IMO' (4.4, 6.1), '••• Gemeenten' (5.6), '*CO' (6.2): the nafase icon is legible in no legend.
        assertThat(List.of("4.2", "4.4", "5.6", "6.1", "6.2")).allSatisfy(ref -> {
            Measure measure = vng.measure(ref);
            assertThat(measure.phases()).as("phases of %s", ref)
                    .contains(Phase.KOUDE, Phase.WARM_TOT_72U, Phase.WARM_NA_72U);
            assertThat(measure.provenance().get("phases").reason()).as("provenance of %s", ref)
                    .startsWith("Read from a glyph remnant");
        });
        assertThat(vng.measures().filter(m -> m.provenance().get("phases").reason()
                .startsWith("Read from a glyph remnant")).size()).isEqualTo(5);
    }

    @Test
    void pillar5ZelfredzaamheidMatchesTheGuide() {
        assertPillar(5, Map.of(
                "5.1", "Gemeenten en veiligheidsregio's bevorderen zelf- en samenredzaamheid",
                "5.2", "Gemeenten informeren inwoners en ondernemers over de lokale noodsteunpunten",
                "5.3", "Gemeenten en veiligheidsregio's stimuleren brede maatschappelijke oefening",
                "5.4", "Gemeenten vergroten de digitale weerbaarheid",
                "5.5", "Gemeenten faciliteren in het kader van burgerhulpverlening",
                "5.6", "Gemeenten ondersteunen en maken afspraken met organisaties zoals het Rode Kruis"));
        assertThat(vng.measure("5.2").text()).endsWith("bijvoorbeeld met een meterkastkaart.");
        assertThat(vng.measure("5.4").text()).contains("het VNG-programma Agenda Digitale Veiligheid.");
        assertThat(vng.measure("5.4").provenance().get("text").reason()).contains("'voorberAgenda'");
    }

    @Test
    void placesPillar5sSixColumnValuesOnItsSixRows() {
        // The OCR's block, in its order: (1) 5.1, (2) 5.3, (3) 5.4, (4) 5.2, (5) 5.5, (6) 5.6.
        assertThat(vng.measures().inPillar(5).stream().map(m -> m.ref() + " " + codes(m.responsible()) + " | "
                + codes(m.partners()))).containsExactly(
                "5.1 [gemeenten] | [veiligheidsregios]",
                "5.2 [gemeenten] | []",
                "5.3 [veiligheidsregios] | [gemeenten, maatschappelijke-partners]",
                "5.4 [gemeenten] | [regionale-veiligheidsnetwerken]",
                "5.5 [gemeenten] | [maatschappelijke-organisaties, veiligheidsregios]",
                "5.6 [gemeenten] | []");
        assertThat(vng.measure("5.5").provenance().get("responsible").reason()).contains("value 5 falls on row 5 by order");
        assertThat(vng.measure("5.6").provenance().get("responsible").reason()).contains("value 6 falls on row 6 by order");
    }

    @Test
    void notesNoSurplusValueSinceEveryBlockHoldsOneValuePerRow() throws java.io.IOException {
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(CatalogLoader.VNG_2025)) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("surplus").contains("version: 2\n");
        }
    }

    @Test
    void pillar6SamenlevingMatchesTheGuide() {
        assertPillar(6, Map.of(
                "6.1", "Gemeenten zorgen ervoor dat democratische processen",
                "6.2", "Gemeenten hebben de publieke gezondheidszorg op orde",
                "6.3", "Gemeenten gaan (samen met GGD) in gesprek met de regionale uitvaartbranche"));
        assertThat(vng.measure("6.3").partners()).extracting(Party::code).containsExactly("ggd", "bzk", "vws");
    }

    private static List<String> codes(List<Party> parties) {
        return parties.stream().map(Party::code).toList();
    }

    private static void assertPillar(int number, Map<String, String> openingWords) {
        Measures measures = vng.measures().inPillar(number);
        assertThat(measures.stream().map(Measure::ref)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, openingWords.size()).mapToObj(rank -> number + "." + rank).toList());
        assertThat(measures).allSatisfy(m -> {
            assertThat(m.pillar().number()).isEqualTo(number);
            assertThat(m.rank()).isEqualTo(Integer.parseInt(m.ref().substring(m.ref().indexOf('.') + 1)));
            assertThat(m.text()).as("text of %s", m.ref()).startsWith(openingWords.get(m.ref()));
        });
    }
}
