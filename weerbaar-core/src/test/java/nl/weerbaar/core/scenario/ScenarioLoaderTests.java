package nl.weerbaar.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.catalog.Measure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The shipped scenarios load against the shipped catalog with a link for every scenario measure that says where it
 * comes from, and a scenario file that names unknown measures, misquotes the guide or leaves a link without its
 * basis fails as a whole, naming every line.
 */
class ScenarioLoaderTests {

    private static final Catalog VNG = CatalogLoader.vng2025();

    @Test
    void shipsTheEightScenariosOfTheGuide() {
        Scenarios scenarios = ScenarioLoader.vng2025();

        assertThat(scenarios.urn()).isEqualTo("urn:weerbaar:vng-2025-scenarios");
        assertThat(scenarios.covers("urn:weerbaar:vng-2025")).isTrue();
        assertThat(scenarios.scenarios()).extracting(Scenario::code).containsExactly("LANGDURIGE_STROOMUITVAL",
                "UITVAL_DRINKWATER", "UITVAL_TELECOM", "CYBERAANVAL", "OVERSTROMING", "DROOGTE", "NATUURBRAND",
                "MILITAIRE_DREIGING");
        assertThat(scenarios.find("GEWAPEND_CONFLICT")).get().extracting(Scenario::code)
                .isEqualTo("MILITAIRE_DREIGING");
        assertThat(scenarios.find("UITVAL_TELECOM").orElseThrow().name()).isEqualTo("Uitval telecom/ICT");
        assertThat(scenarios.find("DROOGTE").orElseThrow().name(Locale.ENGLISH)).isEqualTo("Drought");
        assertThat(scenarios.find("TSUNAMI")).isEmpty();
    }

    @Test
    void everyScenarioCallsOnTheCommonMeasuresAndItsOwn() {
        Scenarios scenarios = ScenarioLoader.vng2025();
        Scenario power = scenarios.find("LANGDURIGE_STROOMUITVAL").orElseThrow();
        Scenario cyber = scenarios.find("CYBERAANVAL").orElseThrow();

        assertThat(scenarios.refs(power)).contains("2.1", "2.4", "3.1", "3.4", "2.3").doesNotContain("1.4", "5.4");
        assertThat(scenarios.refs(cyber)).contains("2.1", "2.4", "1.4", "5.4").doesNotContain("3.1", "3.4");
        assertThat(scenarios.link(power, "3.1")).get().extracting(ScenarioMeasure::basis)
                .isEqualTo(MappingBasis.SOURCE);
        assertThat(scenarios.link(power, "3.2")).get().extracting(ScenarioMeasure::basis)
                .isEqualTo(MappingBasis.EDITORIAL);
        assertThat(scenarios.link(power, "2.1")).get().extracting(ScenarioMeasure::quote)
                .isEqualTo("communicatieplan richting inwoners in tijden van crisis maar ook in de voor- en nafase");
        assertThat(scenarios.link(cyber, "3.1")).isEmpty();
    }

    @Test
    void aScenarioMayLinkACommonMeasureMoreSpecifically() {
        Scenarios scenarios = ScenarioLoader.vng2025();
        Scenario military = scenarios.find("MILITAIRE_DREIGING").orElseThrow();

        assertThat(scenarios.common()).extracting(ScenarioMeasure::ref).contains("1.7", "2.4");
        assertThat(scenarios.link(military, "1.7")).get().extracting(ScenarioMeasure::quote)
                .isEqualTo("het inventariseren van reservisten");
        assertThat(scenarios.link(military, "2.4").orElseThrow().findWhere())
                .contains("ledenbrief Lbr. 25/039, 'Minder ondersteuning van Defensie'");
        assertThat(scenarios.refs(military).stream().filter("1.7"::equals)).hasSize(1);
    }

    @Test
    void everyMeasureWithAWarmPhaseOrNafaseIsOnTheChecklistOfSomeScenario() {
        Scenarios scenarios = ScenarioLoader.vng2025();

        List<String> uncovered = VNG.measures().stream()
                .filter(m -> m.phases().stream().anyMatch(p -> p != nl.weerbaar.core.catalog.Phase.KOUDE))
                .map(Measure::ref)
                .filter(ref -> scenarios.scenarios().stream().noneMatch(s -> scenarios.refs(s).contains(ref)))
                .toList();
        assertThat(uncovered).as("measures no scenario calls on").isEmpty();
    }

    @Test
    void theShippedFileConformsToItsSchema() throws IOException {
        JsonNode document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ScenarioLoader.VNG_2025)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        Set<ValidationMessage> messages = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:weerbaar/scenarios/scenarios.schema.json")).validate(document);

        assertThat(messages).isEmpty();
    }

    @Test
    void rejectsUnknownMeasuresMisquotesAndLinksWithoutTheirBasis() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:test-scenarios
                version: 1
                catalog: urn:weerbaar:vng-2025
                title: Test
                source: Test
                common:
                  - ref: "2.1"
                    basis: editorial
                    quote: in tijden van crisis
                    reason: Altijd.
                scenarios:
                  - code: LANGDURIGE_STROOMUITVAL
                    name: Langdurige stroomuitval
                    named: {quote: stroomuitval, where: ledenbrief}
                    measures:
                      - ref: "9.9"
                        basis: editorial
                        reason: Bestaat niet.
                      - ref: "3.1"
                        basis: source
                        quote: zonnepanelen op elk dak
                      - ref: "3.2"
                        basis: source
                      - ref: "3.3"
                        basis: editorial
                      - ref: "3.1"
                        basis: source
                        quote: aggregaten
                  - code: STROOM
                    name: Stroom
                    aliases: [LANGDURIGE_STROOMUITVAL]
                    named: {quote: stroom, where: ledenbrief}
                    measures: []
                """);

        assertThat(failure.violations()).extracting(v -> v.location().line(), CatalogViolation::field,
                CatalogViolation::message).containsExactly(
                tuple(9, "common[0].quote", "a quote makes the link one read in the guide: use basis: source"),
                tuple(16, "scenarios[0].measures[0].ref", "catalog urn:weerbaar:vng-2025 has no measure 9.9"),
                tuple(21, "scenarios[0].measures[1].quote", "is not in the text of measure 3.1; give 'where' when it"
                        + " stands elsewhere in the guide"),
                tuple(22, "scenarios[0].measures[2].quote", "a link read in the guide (basis: source) needs the quote that"
                        + " makes it"),
                tuple(24, "scenarios[0].measures[3].reason", "an editorial link needs the reason the measure belongs to the"
                        + " scenario"),
                tuple(26, "scenarios[0].measures[4].ref", "measure 3.1 is linked twice"),
                tuple(31, "scenarios[1].aliases[0]", "'LANGDURIGE_STROOMUITVAL' already names scenario"
                        + " LANGDURIGE_STROOMUITVAL"));
    }

    @Test
    void rejectsAFileForAnotherCatalog() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:test-scenarios
                version: 1
                catalog: urn:weerbaar:ander-kader
                title: Test
                source: Test
                scenarios:
                  - code: DROOGTE
                    name: Droogte
                    named: {quote: droogte, where: ledenbrief}
                    measures: []
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::field, CatalogViolation::message)
                .containsExactly(tuple("catalog", "names the measures of urn:weerbaar:ander-kader, but is read for"
                        + " urn:weerbaar:vng-2025"));
    }

    @Test
    void rejectsAScenarioWithoutWhereTheGuideNamesIt() {
        CatalogException failure = loadFailing("""
                urn: urn:weerbaar:test-scenarios
                version: 1
                catalog: urn:weerbaar:vng-2025
                title: Test
                source: Test
                scenarios:
                  - code: droogte
                    name: Droogte
                    measures: []
                """);

        assertThat(failure.violations()).extracting(CatalogViolation::field, CatalogViolation::message)
                .containsExactlyInAnyOrder(
                        tuple("scenarios[0].code", "must be capitals and digits joined by '_', e.g."
                                + " LANGDURIGE_STROOMUITVAL"),
                        tuple("scenarios[0].named", "is required"));
    }

    private static CatalogException loadFailing(String yaml) {
        CatalogException failure = catchThrowableOfType(CatalogException.class,
                () -> ScenarioLoader.load(CatalogResource.text("scenarios.yaml", yaml), VNG));
        assertThat(failure).as("expected a CatalogException").isNotNull();
        return failure;
    }
}
