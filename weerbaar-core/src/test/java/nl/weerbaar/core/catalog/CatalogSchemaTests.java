package nl.weerbaar.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped for editors accept the shipped catalog and reject what docs/catalog-format.md forbids,
 * naming the offending path.
 */
class CatalogSchemaTests {

    private static final String CATALOG_SCHEMA = "weerbaar/catalog/catalog.schema.json";
    private static final String OVERLAY_SCHEMA = "weerbaar/catalog/overlay.schema.json";
    private static final String SHIPPED_CATALOG = "weerbaar/catalog/vng-2025.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // English messages whatever the machine's locale and JSONPath locations ($.measures[0].text) rather than the
    // 2020-12 default of JSON Pointers, so the expected texts below hold everywhere and read like the YAML.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .locale(Locale.ENGLISH)
            .pathType(PathType.JSON_PATH)
            .build();

    private static final String SMALL_CATALOG = """
            urn: urn:weerbaar:test-2025
            version: 1
            title: Testkader
            publisher: Weerbaar
            published: 2025-08-25
            locale: nl
            source: Weerbaar, Testkader (2025)
            notes:
              - Alleen voor tests.
            mostCrucialRanks: 1
            pillars:
              - number: 1
                code: continuiteit
                name: Continuïteit van de eigen organisatie
                authority: College van B&W
                translations:
                  en:
                    name: Continuity of the organisation
            parties:
              - code: gemeente
                name: Gemeente
                translations:
                  en:
                    name: Municipality
              - code: veiligheidsregio
                name: Veiligheidsregio
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
                partners: [veiligheidsregio]
                provenance:
                  phases:
                    basis: inferred
                    reason: Fase-iconen verloren in de OCR; een voorbereidende maatregel, dus koude fase.
                  title:
                    basis: editorial
                    reason: De handreiking geeft geen titels.
                translations:
                  en:
                    title: Critical business processes mapped
              - urn: urn:weerbaar:test-2025:measure:1.2
                ref: "1.2"
                pillar: 1
                rank: 2
                mostCrucial: false
                title: Noodstroom
                text: Zorg voor noodstroom op kritieke locaties.
                phases: [KOUDE, WARM_TOT_72U]
                responsible: [gemeente]
                partners: []
            """;

    private static final String SMALL_OVERLAY = """
            urn: urn:weerbaar:utrecht
            title: Aanpassingen gemeente Utrecht
            target: urn:weerbaar:test-2025
            parties:
              - code: waterschap
                name: Waterschap
            measures:
              - ref: "1.1"
                localPriority: 1
                localOwner: Team Crisisbeheersing
                addPartners: [waterschap]
              - ref: "1.2"
                applicable: false
                reason: Alle kritieke locaties hebben al noodstroom.
            localMeasures:
              - urn: urn:weerbaar:utrecht:measure:u.1
                ref: "U.1"
                pillar: 1
                title: Noodsteunpunten
                text: Richt noodsteunpunten in per wijk.
                phases: [WARM_TOT_72U, WARM_NA_72U]
                responsible: [gemeente]
                partners: [waterschap]
            """;

    @Test
    void shippedCatalogConformsToSchema() throws IOException {
        JsonNode shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SHIPPED_CATALOG)) {
            assertThat(in).as("%s on the classpath", SHIPPED_CATALOG).isNotNull();
            shipped = YAML.readTree(in);
        }

        assertThat(messagesOf(catalogSchema().validate(shipped))).isEmpty();
    }

    @Test
    void catalogSchemaIsAValidDraft202012Schema() {
        assertThat(catalogSchema().getSchemaNode().path("$id").asText())
                .isEqualTo("https://weerbaar.nl/schema/catalog.schema.json");
        assertThat(messagesOf(metaSchema().validate(catalogSchema().getSchemaNode()))).isEmpty();
    }

    @Test
    void overlaySchemaIsAValidDraft202012Schema() {
        assertThat(overlaySchema().getSchemaNode().path("$id").asText())
                .isEqualTo("https://weerbaar.nl/schema/overlay.schema.json");
        assertThat(messagesOf(metaSchema().validate(overlaySchema().getSchemaNode()))).isEmpty();
    }

    @Test
    void smallCatalogConformsToSchema() {
        assertThat(messagesOf(catalogSchema().validate(yaml(SMALL_CATALOG)))).isEmpty();
    }

    @Test
    void publishedDateStaysAStringWhenReadFromYaml() {
        // The schema checks a YYYY-MM-DD string; a YAML reader that turned it into a date would break that.
        assertThat(yaml(SMALL_CATALOG).path("published").isTextual()).isTrue();
    }

    @Test
    void rejectsUnknownKeyInPillar() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog.at("/pillars/0")).put("colour", "blue");

        assertThat(violations(catalogSchema(), catalog)).containsExactly(new Violation("$.pillars[0]", "additionalProperties",
                "$.pillars[0]: property 'colour' is not defined in the schema and the schema does not allow additional properties"));
    }

    @Test
    void rejectsUnknownTopLevelKey() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog).put("author", "someone");

        assertThat(violations(catalogSchema(), catalog)).containsExactly(new Violation("$", "additionalProperties",
                "$: property 'author' is not defined in the schema and the schema does not allow additional properties"));
    }

    @Test
    void rejectsUnknownPhaseCode() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ArrayNode) catalog.at("/measures/1/phases")).set(1, "WARM");

        assertThat(violations(catalogSchema(), catalog)).containsExactly(new Violation("$.measures[1].phases[1]", "enum",
                "$.measures[1].phases[1]: does not have a value in the enumeration [\"KOUDE\", \"WARM_TOT_72U\", \"WARM_NA_72U\", \"NAFASE\"]"));
    }

    @Test
    void rejectsDuplicatePhase() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ArrayNode) catalog.at("/measures/1/phases")).add("KOUDE");

        assertThat(violations(catalogSchema(), catalog)).containsExactly(new Violation("$.measures[1].phases", "uniqueItems",
                "$.measures[1].phases: must have only unique items in the array"));
    }

    @Test
    void rejectsMeasureWithoutText() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog.at("/measures/0")).remove("text");

        assertThat(violations(catalogSchema(), catalog)).containsExactly(new Violation("$.measures[0]", "required",
                "$.measures[0]: required property 'text' not found"));
    }

    @Test
    void rejectsCatalogUrnWithUppercaseName() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog).put("urn", "urn:weerbaar:VNG_2025");

        assertThat(violations(catalogSchema(), catalog)).containsExactly(new Violation("$.urn", "pattern",
                "$.urn: does not match the regex pattern ^urn:weerbaar:[a-z0-9]+(-[a-z0-9]+)*$"));
    }

    @Test
    void rejectsMeasureUrnOutsideTheWeerbaarNamespace() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog.at("/measures/0")).put("urn", "urn:other:test-2025:measure:1.1");

        assertThat(violations(catalogSchema(), catalog)).extracting(Violation::path, Violation::keyword)
                .containsExactly(tuple("$.measures[0].urn", "pattern"));
    }

    @Test
    void rejectsUnquotedRefReadAsNumber() {
        JsonNode catalog = yaml(SMALL_CATALOG.replace("ref: \"1.2\"", "ref: 1.2"));

        assertThat(violations(catalogSchema(), catalog)).containsExactly(new Violation("$.measures[1].ref", "type",
                "$.measures[1].ref: number found, string expected"));
    }

    @Test
    void rejectsPublishedDateInAnotherFormat() {
        JsonNode catalog = yaml(SMALL_CATALOG.replace("published: 2025-08-25", "published: 25-08-2025"));

        assertThat(violations(catalogSchema(), catalog)).extracting(Violation::path, Violation::keyword)
                .contains(tuple("$.published", "pattern"));
    }

    @Test
    void rejectsProvenanceWithUnknownBasisAndBlankReason() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ObjectNode phases = (ObjectNode) catalog.at("/measures/0/provenance/phases");
        phases.put("basis", "guessed");
        phases.put("reason", " ");

        assertThat(violations(catalogSchema(), catalog)).extracting(Violation::path, Violation::keyword)
                .containsExactlyInAnyOrder(
                        tuple("$.measures[0].provenance.phases.basis", "enum"),
                        tuple("$.measures[0].provenance.phases.reason", "pattern"));
    }

    @Test
    void rejectsProvenanceForAFieldTheElementDoesNotHave() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog.at("/measures/0/provenance")).set("colour", catalog.at("/measures/0/provenance/title"));

        assertThat(violations(catalogSchema(), catalog)).extracting(Violation::path, Violation::keyword)
                .containsExactly(tuple("$.measures[0].provenance", "additionalProperties"));
    }

    @Test
    void rejectsTranslationOfAFieldThatIsNotTranslatable() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog.at("/parties/0/translations/en")).put("code", "municipality");

        assertThat(violations(catalogSchema(), catalog)).containsExactly(new Violation("$.parties[0].translations.en",
                "additionalProperties",
                "$.parties[0].translations.en: property 'code' is not defined in the schema and the schema does not allow additional properties"));
    }

    @Test
    void rejectsMeasureWithoutResponsibleParty() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ArrayNode) catalog.at("/measures/0/responsible")).removeAll();

        assertThat(violations(catalogSchema(), catalog)).containsExactly(new Violation("$.measures[0].responsible", "minItems",
                "$.measures[0].responsible: must have at least 1 items but found 0"));
    }

    @Test
    void acceptsUnknownPartnersExplainedByProvenanceAndARemarkWithItsTranslation() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ObjectNode measure = (ObjectNode) catalog.at("/measures/1");
        measure.put("partners", "unknown");
        measure.putObject("provenance").putObject("partners").put("basis", "inferred").put("reason", "Cel verloren.");
        ObjectNode first = (ObjectNode) catalog.at("/measures/0");
        first.put("partnersRemark", "De regio komt mogelijk met een kader.");
        ((ObjectNode) first.at("/translations/en")).put("partnersRemark", "The region may come with a framework.");

        assertThat(messagesOf(catalogSchema().validate(catalog))).isEmpty();
    }

    @Test
    void rejectsUnknownPartnersWithoutTheirProvenance() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog.at("/measures/1")).put("partners", "unknown");

        assertThat(violations(catalogSchema(), catalog)).extracting(Violation::path, Violation::keyword)
                .containsExactly(tuple("$.measures[1]", "required"));
    }

    @Test
    void rejectsPartnersThatAreNeitherCodesNorUnknown() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog.at("/measures/1")).put("partners", "onbekend");

        // Neither branch of the oneOf: not a list of codes (type), not the word unknown (const).
        assertThat(violations(catalogSchema(), catalog)).extracting(Violation::path, Violation::keyword)
                .containsExactlyInAnyOrder(tuple("$.measures[1].partners", "oneOf"),
                        tuple("$.measures[1].partners", "type"), tuple("$.measures[1].partners", "const"));
    }

    @Test
    void rejectsABlankPartnersRemark() {
        JsonNode catalog = yaml(SMALL_CATALOG);
        ((ObjectNode) catalog.at("/measures/0")).put("partnersRemark", " ");

        assertThat(violations(catalogSchema(), catalog)).extracting(Violation::path, Violation::keyword)
                .containsExactly(tuple("$.measures[0].partnersRemark", "pattern"));
    }

    @Test
    void rejectsUnknownPartnersAndARemarkOnALocalMeasure() {
        JsonNode overlay = yaml(SMALL_OVERLAY);
        ObjectNode local = (ObjectNode) overlay.at("/localMeasures/0");
        local.put("partners", "unknown");
        local.put("partnersRemark", "Nog te bepalen.");

        assertThat(violations(overlaySchema(), overlay)).extracting(Violation::path, Violation::keyword)
                .containsExactlyInAnyOrder(tuple("$.localMeasures[0].partners", "type"),
                        tuple("$.localMeasures[0]", "additionalProperties"));
    }

    @Test
    void smallOverlayConformsToSchema() {
        assertThat(messagesOf(overlaySchema().validate(yaml(SMALL_OVERLAY)))).isEmpty();
    }

    @Test
    void rejectsNotApplicableAdaptationWithoutReason() {
        JsonNode overlay = yaml(SMALL_OVERLAY);
        ((ObjectNode) overlay.at("/measures/1")).remove("reason");

        assertThat(violations(overlaySchema(), overlay)).containsExactly(new Violation("$.measures[1]", "required",
                "$.measures[1]: required property 'reason' not found"));
    }

    @Test
    void acceptsApplicableAdaptationWithoutReason() {
        JsonNode overlay = yaml(SMALL_OVERLAY);
        ((ObjectNode) overlay.at("/measures/1")).put("applicable", true).remove("reason");

        assertThat(messagesOf(overlaySchema().validate(overlay))).isEmpty();
    }

    @Test
    void rejectsReasonOnApplicableAdaptation() {
        JsonNode overlay = yaml(SMALL_OVERLAY);
        ((ObjectNode) overlay.at("/measures/1")).put("applicable", true);

        assertThat(violations(overlaySchema(), overlay)).extracting(Violation::path, Violation::keyword)
                .containsExactly(tuple("$.measures[1].reason", "false"));
    }

    @Test
    void rejectsAdaptationThatChangesNothing() {
        JsonNode overlay = yaml(SMALL_OVERLAY);
        ((ArrayNode) overlay.at("/measures")).addObject().put("ref", "1.3");

        assertThat(violations(overlaySchema(), overlay)).containsExactly(new Violation("$.measures[2]",
                "minProperties", "$.measures[2]: must have at least 2 properties"));
    }

    @Test
    void acceptsARolverdelingAndAChoiceOfBevoegdGezag() throws IOException {
        JsonNode overlay = yaml(SMALL_OVERLAY);
        ((ObjectNode) overlay.at("/measures/0")).set("rolverdeling", YAML.readTree("""
                responsible: veiligheidsregio
                supporting: [gemeente]
                agreement:
                  date: 2026-01-15
                  reference: AB-2026-04
                  confirmedByGemeente: 2026-01-20
                  confirmedByVeiligheidsregio: 2026-01-22
                """));
        ((ObjectNode) overlay).set("pillars", YAML.readTree("[{number: 1, authority: wethouder}]"));

        assertThat(messagesOf(overlaySchema().validate(overlay))).isEmpty();
    }

    @Test
    void rejectsARolverdelingWhoseAgreementOneSideDidNotConfirm() throws IOException {
        JsonNode overlay = yaml(SMALL_OVERLAY);
        ((ObjectNode) overlay.at("/measures/0")).set("rolverdeling", YAML.readTree("""
                responsible: veiligheidsregio
                agreement:
                  date: 2026-01-15
                  reference: AB-2026-04
                  confirmedByGemeente: 2026-01-20
                """));

        assertThat(violations(overlaySchema(), overlay)).containsExactly(new Violation(
                "$.measures[0].rolverdeling.agreement", "required",
                "$.measures[0].rolverdeling.agreement: required property 'confirmedByVeiligheidsregio' not found"));
    }

    @Test
    void rejectsLocalMeasureWithRank() {
        JsonNode overlay = yaml(SMALL_OVERLAY);
        ((ObjectNode) overlay.at("/localMeasures/0")).put("rank", 1);

        assertThat(violations(overlaySchema(), overlay)).containsExactly(new Violation("$.localMeasures[0]",
                "additionalProperties",
                "$.localMeasures[0]: property 'rank' is not defined in the schema and the schema does not allow additional properties"));
    }

    @Test
    void rejectsOverlayWithoutTarget() {
        JsonNode overlay = yaml(SMALL_OVERLAY);
        ((ObjectNode) overlay).remove("target");

        assertThat(violations(overlaySchema(), overlay)).containsExactly(new Violation("$", "required",
                "$: required property 'target' not found"));
    }

    private static JsonSchema catalogSchema() {
        return FACTORY.getSchema(SchemaLocation.of("classpath:" + CATALOG_SCHEMA), CONFIG);
    }

    private static JsonSchema overlaySchema() {
        return FACTORY.getSchema(SchemaLocation.of("classpath:" + OVERLAY_SCHEMA), CONFIG);
    }

    private static JsonSchema metaSchema() {
        // Served from the validator's own jar, so no network is needed.
        return FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("fixture is not YAML", e);
        }
    }

    private static List<String> messagesOf(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).toList();
    }

    private static List<Violation> violations(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream()
                .map(m -> new Violation(m.getInstanceLocation().toString(), m.getType(), m.getMessage()))
                .toList();
    }

    /** One schema violation: the offending instance path, the failing keyword and the message an editor shows. */
    private record Violation(String path, String keyword, String message) {
    }
}
