package nl.weerbaar.core.catalog;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static nl.weerbaar.core.catalog.TestCatalogs.at;
import static nl.weerbaar.core.catalog.TestCatalogs.mini;
import static nl.weerbaar.core.catalog.TestCatalogs.miniWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One test per validation rule: a small bad file, and the exact violation it must produce — message, file, line,
 * column, measure and field.
 */
class CatalogValidationTests {

    @Test
    void loadsTheValidTestCatalog() {
        Catalog catalog = CatalogLoader.load(TestCatalogs.resource(mini()));

        assertThat(catalog.measures().stream().map(Measure::ref)).containsExactly("1.1", "1.2", "2.1");
        assertThat(catalog.measure("2.1").provenance())
                .containsEntry("phases", new Provenance(Basis.INFERRED, "Icons lost."));
    }

    @Test
    void rejectsDuplicateMeasureUrns() {
        String yaml = miniWith("urn:weerbaar:test:measure:1.2", "urn:weerbaar:test:measure:1.1");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(
                at(yaml, "urn: urn:weerbaar:test:measure:1.1\n    ref: \"1.2\""), "1.2", "urn",
                "duplicate URN 'urn:weerbaar:test:measure:1.1': also used at line 23"));
    }

    @Test
    void rejectsDuplicateRefs() {
        String yaml = mini().replace("ref: \"1.1\"", "ref: \"A\"").replace("ref: \"1.2\"", "ref: \"A\"");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(
                at(yaml, "ref: \"A\"\n    pillar: 1\n    rank: 2"), "A", "ref",
                "duplicate ref 'A': also used at line 23"));
    }

    @Test
    void rejectsRanksWithAGap() {
        String yaml = miniWith("ref: \"1.2\"\n    pillar: 1\n    rank: 2", "ref: \"1.3\"\n    pillar: 1\n    rank: 3");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "rank: 3"), "1.3", "rank",
                "ranks in pillar 1 must run 1..2 without gaps; rank 3 is out of range (missing: 2)"));
    }

    @Test
    void rejectsTwoMeasuresWithTheSameRankInAPillar() {
        String yaml = miniWith("ref: \"1.2\"\n    pillar: 1\n    rank: 2\n    mostCrucial: false",
                "ref: \"1.b\"\n    pillar: 1\n    rank: 1\n    mostCrucial: true");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(
                at(yaml, "rank: 1\n    mostCrucial: true\n    title: Oefenen"), "1.b", "rank",
                "rank 1 is also used by measure 1.1 (line 23) in pillar 1"));
    }

    @Test
    void rejectsMostCrucialMarkThatContradictsRank() {
        String yaml = miniWith("rank: 2\n    mostCrucial: false", "rank: 2\n    mostCrucial: true");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(
                at(yaml, "mostCrucial: true\n    title: Oefenen"), "1.2", "mostCrucial",
                "must be false: the catalog marks the first 1 measures of each pillar as most crucial"
                        + " (mostCrucialRanks) and this one has rank 2"));
    }

    @Test
    void rejectsUnknownPillar() {
        String yaml = miniWith("ref: \"2.1\"\n    pillar: 2", "ref: \"X.1\"\n    pillar: 7");

        assertThat(violations(yaml)).containsExactly(
                new CatalogViolation(at(yaml, "number: 2"), null, "pillars[1]", "pillar 2 has no measures"),
                new CatalogViolation(at(yaml, "pillar: 7"), "X.1", "pillar",
                        "unknown pillar 7; the catalog's pillars are [1, 2]"));
    }

    @Test
    void rejectsUnknownPhase() {
        String yaml = miniWith("phases: [KOUDE, WARM_TOT_72U]\n", "phases: [KOUDE, WARM]\n");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "WARM]"), "1.2", "phases[1]",
                "unknown phase 'WARM'; expected one of KOUDE, WARM_TOT_72U, WARM_NA_72U, NAFASE"));
    }

    @Test
    void rejectsPhaseListedTwice() {
        String yaml = miniWith("phases: [KOUDE]", "phases: [KOUDE, KOUDE]");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "KOUDE]"), "1.1", "phases[1]",
                "phase KOUDE is listed twice"));
    }

    @Test
    void rejectsUnknownPartyCode() {
        String yaml = miniWith("responsible: [gemeenten]\n    partners: [veiligheidsregios]\n    provenance",
                "responsible: [gemeenten]\n    partners: [brandweer]\n    provenance");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "brandweer"), "2.1",
                "partners[0]", "unknown party 'brandweer'; declare it under 'parties' (gemeenten, veiligheidsregios)"));
    }

    @Test
    void readsUnknownPartnersAsUnknownRatherThanNone() {
        String yaml = miniWith("partners: [veiligheidsregios]\n    provenance:\n",
                "partners: unknown\n    provenance:\n      partners: {basis: inferred, reason: Cell lost in the OCR.}\n");

        Catalog catalog = CatalogLoader.load(TestCatalogs.resource(yaml));

        assertThat(catalog.measure("2.1").partnersKnown()).isFalse();
        assertThat(catalog.measure("2.1").partners()).isEmpty();
        assertThat(catalog.measure("1.1").partnersKnown()).isTrue();
        assertThat(catalog.measure("1.1").partners()).isEmpty();
    }

    @Test
    void rejectsUnknownPartnersWithoutAProvenanceEntry() {
        String yaml = miniWith("partners: [veiligheidsregios]\n    provenance", "partners: unknown\n    provenance");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "partners: unknown"), "2.1",
                "partners", "partners: unknown needs a provenance entry for partners saying why the source's value is"
                + " not known"));
    }

    @Test
    void rejectsPartnersThatAreNeitherAListNorUnknown() {
        String yaml = miniWith("partners: [veiligheidsregios]\n    provenance", "partners: onbekend\n    provenance");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "partners: onbekend"), "2.1",
                "partners", "expected a list of party codes ([] for none) or the word unknown, found the text"
                + " \"onbekend\""));
    }

    @Test
    void rejectsAPartnerThatIsNotTextAtItsIndex() {
        String yaml = miniWith("partners: [veiligheidsregios]\n    provenance", "partners: [gemeenten, 7]\n    provenance");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "7]"), "2.1", "partners[1]",
                "expected text (quote numbers such as \"2.3\"), found the number 7"));
    }

    @Test
    void rejectsABlankPartnerAtItsIndex() {
        String yaml = miniWith("partners: [veiligheidsregios]\n    provenance", "partners: [gemeenten, ' ']\n    provenance");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "' ']"), "2.1", "partners[1]",
                "must not be blank"));
    }

    @Test
    void keepsThePartnerCellsRemarkWithItsTranslation() {
        String yaml = miniWith("    translations:\n      en: {title: Emergency support points}",
                "    partnersRemark: De regio komt mogelijk met een kader.\n    translations:\n"
                        + "      en: {title: Emergency support points, partnersRemark: The region may come with a framework.}");

        Measure measure = CatalogLoader.load(TestCatalogs.resource(yaml)).measure("2.1");

        assertThat(measure.partnersRemark()).isEqualTo("De regio komt mogelijk met een kader.");
        assertThat(measure.findPartnersRemark(java.util.Locale.ENGLISH)).contains("The region may come with a framework.");
        assertThat(measure.findPartnersRemark(java.util.Locale.GERMAN)).contains("De regio komt mogelijk met een kader.");
        assertThat(measure.partners()).extracting(Party::code).containsExactly("veiligheidsregios");
    }

    @Test
    void rejectsABlankPartnersRemark() {
        String yaml = miniWith("    translations:\n      en: {title: Emergency support points}",
                "    partnersRemark: \" \"\n    translations:\n      en: {title: Emergency support points}");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "partnersRemark:"), "2.1",
                "partnersRemark", "must not be blank"));
    }

    @Test
    void rejectsBlankText() {
        String yaml = miniWith("text: Gemeenten oefenen op langdurige crises.", "text: \"  \"");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "text: \"  \""), "1.2", "text",
                "must not be blank"));
    }

    @Test
    void rejectsMissingTextAtTheMeasure() {
        String yaml = miniWith("    text: Gemeenten oefenen op langdurige crises.\n", "");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(
                at(yaml, "urn: urn:weerbaar:test:measure:1.2"), "1.2", "text", "is required"));
    }

    @Test
    void rejectsMeasureUrnOfAnotherCatalog() {
        String yaml = miniWith("urn: urn:weerbaar:test:measure:1.2", "urn: urn:weerbaar:other:measure:1.2");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(
                at(yaml, "urn: urn:weerbaar:other"), "1.2", "urn",
                "must start with the catalog's URN followed by ':measure:' (urn:weerbaar:test:measure:...)"));
    }

    @Test
    void rejectsMeasureUrnWhoseIdHoldsAColon() {
        // Found by CatalogFuzzTests: the prefix matched, the id did not.
        String yaml = miniWith("urn: urn:weerbaar:test:measure:1.2", "urn: urn:weerbaar:test:measure:urn:x1.2");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "urn: urn:weerbaar:test:measure:urn"),
                "1.2", "urn", "must look like <catalog urn>:measure:<id>, with letters, digits, '.', '_' or '-' in the"
                + " id"));
    }

    @Test
    void rejectsRefThatContradictsPillarAndRank() {
        String yaml = miniWith("ref: \"1.2\"", "ref: \"1.5\"");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "ref: \"1.5\""), "1.5", "ref",
                "ref 1.5 does not match pillar 1 and rank 2; expected \"1.2\""));
    }

    @Test
    void rejectsUnknownKeyListingTheAllowedOnes() {
        String yaml = miniWith("    title: Oefenen\n", "    title: Oefenen\n    owner: Team BCM\n");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "owner:"), "1.2", "owner",
                "unknown key 'owner'; allowed keys are mostCrucial, partners, partnersRemark, phases, pillar, provenance,"
                        + " rank, ref, responsible, text, title, translations, urn"));
    }

    @Test
    void rejectsWrongTypeNamingTheExpectedOne() {
        String yaml = miniWith("rank: 2", "rank: twee");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "rank: twee"), "1.2", "rank",
                "expected a whole number, found the text \"twee\""));
    }

    @Test
    void rejectsUnquotedRefThatYamlReadsAsNumber() {
        String yaml = miniWith("ref: \"1.2\"", "ref: 1.2");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "ref: 1.2"), "1.2",
                "ref", "expected text (quote numbers such as \"2.3\"), found the number 1.2"));
    }

    @Test
    void rejectsImpossibleDate() {
        String yaml = miniWith("published: 2025-08-25", "published: 2025-13-01");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "published:"), null, "published",
                "expected a date written YYYY-MM-DD, found the text \"2025-13-01\""));
    }

    @Test
    void rejectsVersionBelowOne() {
        String yaml = miniWith("version: 1", "version: 0");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "version:"), null, "version",
                "must be greater than or equal to 1"));
    }

    @Test
    void rejectsMalformedCatalogUrn() {
        String yaml = miniWith("urn: urn:weerbaar:test\n", "urn: weerbaar-test\n");

        assertThat(violations(yaml)).contains(new CatalogViolation(at(yaml, "urn: weerbaar-test"), null, "urn",
                "must look like urn:weerbaar:<name>, with lowercase letters, digits and '-' in the name"));
    }

    @Test
    void rejectsDuplicatePartyCode() {
        String yaml = miniWith("  - code: veiligheidsregios", "  - code: gemeenten");

        assertThat(violations(yaml)).contains(new CatalogViolation(at(yaml, "code: gemeenten\n    name: Veil"),
                null, "parties[1].code", "duplicate party code 'gemeenten': also used at line 18"));
    }

    @Test
    void rejectsDuplicatePillarNumber() {
        String yaml = miniWith("  - number: 2", "  - number: 1");

        assertThat(violations(yaml)).contains(new CatalogViolation(at(yaml, "number: 1\n    code: crisis"), null,
                "pillars[1].number", "duplicate pillar number '1': also used at line 9"));
    }

    @Test
    void rejectsPillarWithoutMeasures() {
        String yaml = miniWith("parties:\n", """
                  - number: 3
                    code: vitale-voorzieningen
                    name: Vitale voorzieningen
                    authority: wethouder
                parties:
                """);

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "number: 3"), null,
                "pillars[2]", "pillar 3 has no measures"));
    }

    @Test
    void rejectsProvenanceOfAFieldMeasuresDoNotHave() {
        String yaml = miniWith("      phases: {basis: inferred", "      colour: {basis: inferred");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "colour:"), "2.1",
                "provenance.colour", "provenance names unknown field 'colour'; expected one of mostCrucial, partners,"
                + " partnersRemark, phases, pillar, rank, ref, responsible, text, title, urn"));
    }

    @Test
    void rejectsUnknownProvenanceBasis() {
        String yaml = miniWith("basis: inferred", "basis: guessed");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "basis: guessed"), "2.1",
                "provenance.phases.basis", "must be 'inferred' or 'editorial'"));
    }

    @Test
    void rejectsTranslationOfAFieldThatIsNotTranslatable() {
        String yaml = miniWith("en: {title: Emergency support points}", "en: {rank: Emergency support points}");

        assertThat(violations(yaml)).containsExactly(new CatalogViolation(at(yaml, "rank: Emergency"), "2.1",
                "translations.en.rank", "cannot translate 'rank'; translatable: partnersRemark, text, title"));
    }

    @Test
    void rejectsMalformedYamlAtItsLine() {
        String yaml = miniWith("title: Testcatalogus", "title: [Testcatalogus");

        CatalogViolation violation = single(yaml);
        assertThat(violation.message()).startsWith("not valid YAML: ");
        assertThat(violation.location().line()).isGreaterThanOrEqualTo(3);
        assertThat(violation.measureRef()).isNull();
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(violations("")).containsExactly(new CatalogViolation(new SourceLocation("mini.yaml", 1, 1), null,
                null, "file is empty; expected a YAML mapping"));
        assertThat(violations("# nothing but a comment\n")).extracting(CatalogViolation::message)
                .containsExactly("file is empty; expected a YAML mapping");
    }

    @Test
    void rejectsFileThatIsAListInsteadOfAMapping() {
        assertThat(violations("- urn: urn:weerbaar:test\n")).extracting(CatalogViolation::message).containsExactly(
                "expected a mapping of keys (urn, version, title, ...) at the top of the file, found a list");
    }

    @Test
    void rejectsHugeFileWithoutReadingItWhole() {
        byte[] huge = ("# " + "x".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);

        CatalogException e = catchThrowableOfType(CatalogException.class,
                () -> CatalogLoader.load(CatalogResource.bytes("huge.yaml", huge)));
        assertThat(e.violations()).containsExactly(new CatalogViolation(new SourceLocation("huge.yaml", 1, 1), null,
                null, "file is larger than 4 MiB; a catalog is a few hundred KiB"));
    }

    @Test
    void rejectsFileThatIsNotUtf8NamingTheByte() {
        byte[] latin1 = "title: Continu\u00efteit\n".getBytes(StandardCharsets.ISO_8859_1);

        CatalogException e = catchThrowableOfType(CatalogException.class,
                () -> CatalogLoader.load(CatalogResource.bytes("latin1.yaml", latin1)));
        assertThat(e.violations()).containsExactly(new CatalogViolation(new SourceLocation("latin1.yaml", 1, 15),
                null, null, "file is not UTF-8 text: byte 0xEF at offset 14; save the file as UTF-8"));
    }

    @Test
    void rejectsSecondYamlDocument() {
        String yaml = mini() + "---\nurn: urn:weerbaar:second\n";

        assertThat(single(yaml)).isEqualTo(new CatalogViolation(at(yaml, "urn: urn:weerbaar:second"), null, null,
                "file holds more than one YAML document; a catalog is exactly one"));
    }

    @Test
    void rejectsDuplicateKey() {
        String yaml = miniWith("title: Testcatalogus\n", "title: Testcatalogus\ntitle: Nog een titel\n");

        CatalogViolation violation = single(yaml);
        assertThat(violation.message()).isEqualTo("not valid YAML: Duplicate field 'title'");
        assertThat(violation.location().line()).isEqualTo(4);
    }

    @Test
    void rejectsMissingFileNamingIt() {
        CatalogException e = catchThrowableOfType(CatalogException.class,
                () -> CatalogLoader.load(Path.of("does-not-exist.yaml")));

        assertThat(e.violations()).containsExactly(new CatalogViolation(
                new SourceLocation("does-not-exist.yaml", 1, 1), null, null, "file not found"));
    }

    @Test
    void reportsEveryViolationAtOnceInFileOrder() {
        String yaml = mini().replace("rank: 2", "rank: twee")
                .replace("phases: [KOUDE]", "phases: [LAUW]")
                .replace("text: Gemeenten richten noodsteunpunten in.", "text: \"\"")
                .replace("version: 1", "version: 0");

        List<CatalogViolation> violations = violations(yaml);

        assertThat(violations).extracting(v -> v.measureRef() + " " + v.field()).containsExactly(
                "null version", "1.1 phases[0]", "1.2 rank", "2.1 text");
        assertThat(violations).extracting(v -> v.location().line()).isSorted();
    }

    @Test
    void exceptionMessageListsEveryViolationWithItsLocation() {
        String yaml = miniWith("phases: [KOUDE]", "phases: [LAUW]");

        CatalogException e = catchThrowableOfType(CatalogException.class,
                () -> CatalogLoader.load(TestCatalogs.resource(yaml)));

        assertThat(at(yaml, "LAUW")).isEqualTo(new SourceLocation("mini.yaml", 30, 14));
        assertThat(e).hasMessage("1 catalog violation:\n  - mini.yaml:30:14: measure 1.1, field 'phases[0]': unknown"
                + " phase 'LAUW'; expected one of KOUDE, WARM_TOT_72U, WARM_NA_72U, NAFASE");
    }

    private static CatalogViolation single(String yaml) {
        List<CatalogViolation> violations = violations(yaml);
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    static List<CatalogViolation> violations(String yaml) {
        CatalogException e = catchThrowableOfType(CatalogException.class,
                () -> CatalogLoader.load(TestCatalogs.resource(yaml)));
        assertThat(e).as("loading should fail").isNotNull();
        return e.violations();
    }
}
