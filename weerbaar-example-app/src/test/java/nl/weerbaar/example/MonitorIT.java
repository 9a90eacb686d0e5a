package nl.weerbaar.example;

import net.minidev.json.JSONArray;
import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ExampleAppTest;
import nl.weerbaar.example.support.MonitorSession;
import nl.weerbaar.example.support.MonitorSession.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Weerbaarheidsmonitor over real HTTP with the demo data: its pages reached with nothing but a Tasklist login,
 * its figures equal to the API's, its PDFs holding what they must, and its isolation both ways — a veiligheidsregio
 * sees status aggregates of its members and nothing of their tasks or variables; a gemeente sees neither another
 * gemeente nor the region matrix.
 */
@ExampleAppTest
class MonitorIT {

    private static final String POWER_OUTAGE = "LANGDURIGE_STROOMUITVAL";

    @LocalServerPort
    int port;

    private Api api() {
        return Api.onPort(port);
    }

    @Test
    void aTasklistLoginIsEnoughForTheMonitorAndNoLoginGetsADutchPageWithTheWayToLogIn() {
        Page home = MonitorSession.tasklistLogin(port, "utrecht.aov").get("/weerbaar/");
        assertThat(home.status()).isEqualTo(303);
        assertThat(home.location()).endsWith("/weerbaar/gemeente");
        assertThat(MonitorSession.tasklistLogin(port, "vr-utrecht.ab").get("/weerbaar/").location())
                .endsWith("/weerbaar/regio");

        // The host's chain turns the visit away with its own challenge; the page says how to log in.
        Page anonymous = MonitorSession.anonymous(port).get("/weerbaar/gemeente");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.html()).contains("U bent niet aangemeld.", "/camunda/app/tasklist/default/");
    }

    @Test
    void theAccessibilityStatementIsLinkedFromEveryPageAndOpenToAnyone() {
        Page statement = MonitorSession.anonymous(port).get("/weerbaar/toegankelijkheid");
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.html()).contains("<h1 class=\"utrecht-heading-1\">Toegankelijkheidsverklaring</h1>",
                "EN 301 549", "axe-core", "voldoet gedeeltelijk");
        assertThat(MonitorSession.anonymous(port).get("/weerbaar/toegankelijkheid?lang=en").html())
                .contains("Accessibility statement", "partially compliant");
        MonitorSession gemeente = MonitorSession.tasklistLogin(port, "utrecht.aov");
        for (String path : List.of("/weerbaar/gemeente", "/weerbaar/gemeente/maatregelen/3.1", "/weerbaar/scenarios",
                "/weerbaar/scenarios/" + POWER_OUTAGE, "/weerbaar/noodhandboek", "/weerbaar/noodhandboek/"
                        + POWER_OUTAGE, "/weerbaar/raadsrapportage", "/weerbaar/toegankelijkheid")) {
            assertThat(gemeente.get(path).html()).as(path).contains("href=\"/weerbaar/toegankelijkheid\"");
        }
        assertThat(MonitorSession.tasklistLogin(port, "vr-utrecht.ab").get("/weerbaar/regio").html())
                .contains("href=\"/weerbaar/toegankelijkheid\"");
        assertThat(MonitorSession.anonymous(port).get("/weerbaar/gemeente").html())
                .contains("href=\"/weerbaar/toegankelijkheid\"");
    }

    @Test
    void theMeasuresTheRegionCarriesOutForAGemeenteShowInTheRegionViewAsTheApiSaysThem() {
        Response progress = api().get("/api/weerbaar/v1/progress", "utrecht.aov");
        List<String> byRegion = progress.json("$.measures[?(@.executedBy == 'vr-utrecht')].ref");
        assertThat(byRegion).as("the demo's region-led measure").contains("2.6");
        Response region = api().get("/api/weerbaar/v1/region-dashboard", "vr-utrecht.ab");
        assertThat((List<String>) region.json("$.members[?(@.tenant == 'utrecht')].measures[?(@.executedByRegion"
                + " == true)].ref")).containsExactlyInAnyOrderElementsOf(byRegion);
        for (String ref : byRegion) {
            List<Object> regionLed = region.json("$.measures[?(@.ref == '" + ref + "')].regionLed");
            assertThat(regionLed).as(ref).containsExactly(true);
            assertThat((List<String>) region.json("$.members[?(@.tenant == 'utrecht')].measures[?(@.ref == '" + ref
                    + "')].status")).as(ref).containsExactlyElementsOf(progress.json("$.measures[?(@.ref == '" + ref
                    + "')].status"));
        }
        String html = MonitorSession.tasklistLogin(port, "vr-utrecht.ab").get("/weerbaar/regio").html();
        assertThat(html).contains("data-ref=\"2.6\"", "data-member=\"utrecht\" data-executed-by-region=\"true\"",
                "uitgevoerd door de veiligheidsregio");
    }

    @Test
    void theScenarioPagesShowTheShippedMappingWithItsProvenanceAndTheGemeentesOwnAdjustments() {
        Response scenario = api().get("/api/weerbaar/v1/scenarios/" + POWER_OUTAGE, "utrecht.aov");
        assertThat(scenario.status()).isEqualTo(200);
        List<String> refs = scenario.json("$.measures[*].ref");
        // Shipped links, and Utrecht's demo overlay: 3.8 added with its reason, 2.8 taken out.
        assertThat(refs).contains("1.5", "2.6", "3.1", "3.8").doesNotContain("2.8");
        assertThat(scenario.<List<String>>json("$.measures[?(@.ref == '3.8')].basis")).containsExactly("LOCAL");
        String html = MonitorSession.tasklistLogin(port, "utrecht.aov").get("/weerbaar/scenarios/" + POWER_OUTAGE)
                .html();
        assertThat(html).contains("Langdurige stroomuitval", "Gemeenten oefenen op langdurige crises",
                "Onze gemalen vallen zonder stroom stil");
        for (String ref : refs) {
            assertThat(html).as(ref).contains("data-ref=\"" + ref + "\"");
        }
    }

    @Test
    void theDashboardShowsTheFiguresOfTheApi() {
        Response progress = api().get("/api/weerbaar/v1/progress", "utrecht.aov");
        Response dashboard = api().get("/api/weerbaar/v1/dashboard", "utrecht.aov");
        assertThat(dashboard.status()).isEqualTo(200);
        JSONArray statuses = progress.json("$.measures[*].status");
        Map<String, Integer> expected = Map.of("DONE", count(statuses, "DONE"), "IN_PROGRESS",
                count(statuses, "IN_PROGRESS"), "OVERDUE", count(statuses, "OVERDUE"), "NOT_STARTED",
                count(statuses, "NOT_STARTED"), "NOT_APPLICABLE", count(statuses, "NOT_APPLICABLE"));
        assertThat((Integer) dashboard.json("$.total.done")).isEqualTo(expected.get("DONE"));
        assertThat((Integer) dashboard.json("$.total.overdue")).isEqualTo(expected.get("OVERDUE")).isEqualTo(1);
        assertThat((Integer) dashboard.json("$.total.notApplicable")).isEqualTo(expected.get("NOT_APPLICABLE"));
        assertThat((Integer) dashboard.json("$.total.total")).isEqualTo(statuses.size());

        String html = MonitorSession.tasklistLogin(port, "utrecht.aov").get("/weerbaar/gemeente").html();
        expected.forEach((status, count) -> assertThat(html).as(status)
                .contains("data-total=\"" + status + "\">" + count + "<"));
        assertThat(html).contains("Dashboard Gemeente Utrecht", "data-ref=\"3.1\" data-status=\"OVERDUE\"",
                dashboard.json("$.total.percentDone") + "% afgerond");
        // An open task links to Tasklist; the overdue measure's owner is shown.
        assertThat(html).contains("/camunda/app/tasklist/default/#/?task=", "utrecht.aov");
        assertThat(html).doesNotContain("Amersfoort");
    }

    @Test
    void aMeasuresHistorySaysWhoDecidedWhatAndWhen() {
        String html = MonitorSession.tasklistLogin(port, "utrecht.aov").get("/weerbaar/gemeente/maatregelen/3.4")
                .html();
        assertThat(html).contains("Niet van toepassing beoordelen", "utrecht.wethouder", "Goedgekeurd",
                "Akkoord, geborgd in het regionaal crisisplan.", "Intake: eigenaar en termijn vastleggen");
    }

    @Test
    void theRegionSeesStatusAggregatesOfItsMembersAndNothingOfTheirTasksOrVariables() {
        Response region = api().get("/api/weerbaar/v1/region-dashboard", "vr-utrecht.ab");
        assertThat(region.status()).isEqualTo(200);
        assertThat((List<String>) region.json("$.members[*].tenant")).containsExactly("utrecht", "amersfoort");
        for (String gemeente : List.of("utrecht", "amersfoort")) {
            Response own = api().get("/api/weerbaar/v1/progress", gemeente + ".aov");
            JSONArray refs = own.json("$.measures[*].ref");
            for (Object ref : refs) {
                assertThat((JSONArray) region.json("$.members[?(@.tenant == '" + gemeente + "')].measures[?(@.ref == '"
                        + ref + "')].status")).as(gemeente + " " + ref)
                        .containsExactlyElementsOf(own.json("$.measures[?(@.ref == '" + ref + "')].status"));
            }
        }
        assertThat(region.body()).doesNotContain("utrecht.aov", "amersfoort.aov", "owner", "dueDate",
                "processInstanceId", "Jan de Vries", "De gemeente heeft geen eigen voorziening");

        String html = MonitorSession.tasklistLogin(port, "vr-utrecht.ab").get("/weerbaar/regio").html();
        assertThat(html).contains("Regio-overzicht Veiligheidsregio Utrecht", "Gemeente Utrecht",
                "Gemeente Amersfoort", "data-member=\"utrecht\" data-status=\"OVERDUE\"",
                "Maatregelen met de regie bij de veiligheidsregio");
        assertThat(html).doesNotContain("#/?task=", "utrecht.aov", "amersfoort.aov", "/gemeente/maatregelen/");
    }

    @Test
    void theRegionGetsNoGemeentesDashboardReportOrHandbook() {
        for (String path : List.of("/dashboard", "/raadsrapportage", "/noodhandboeken", "/scenarios",
                "/noodhandboeken/" + POWER_OUTAGE)) {
            assertThat(api().get("/api/weerbaar/v1" + path, "vr-utrecht.ab").status()).as(path).isEqualTo(403);
        }
        MonitorSession region = MonitorSession.tasklistLogin(port, "vr-utrecht.ab");
        for (String path : List.of("/weerbaar/gemeente", "/weerbaar/gemeente/maatregelen/3.1",
                "/weerbaar/raadsrapportage", "/weerbaar/noodhandboek")) {
            Page page = region.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.html()).as(path).doesNotContain("utrecht.aov");
        }
    }

    @Test
    void aGemeenteNeverSeesTheRegionMatrixOrAnotherGemeente() {
        assertThat(api().get("/api/weerbaar/v1/region-dashboard", "utrecht.aov").status()).isEqualTo(403);
        assertThat(MonitorSession.tasklistLogin(port, "amersfoort.aov").get("/weerbaar/regio").status())
                .isEqualTo(403);
        Response amersfoort = api().get("/api/weerbaar/v1/dashboard", "amersfoort.aov");
        assertThat((String) amersfoort.json("$.tenant")).isEqualTo("amersfoort");
        assertThat(amersfoort.body()).doesNotContain("utrecht.aov", "Gemeente Utrecht");
        String html = MonitorSession.tasklistLogin(port, "amersfoort.aov").get("/weerbaar/gemeente").html();
        assertThat(html).contains("Dashboard Gemeente Amersfoort").doesNotContain("Utrecht", "utrecht.aov");
    }

    @Test
    void theRaadsrapportagePdfNamesEveryMeasureByItsRefWithTheApisFigures() throws IOException {
        Response report = api().get("/api/weerbaar/v1/raadsrapportage", "utrecht.griffie");
        assertThat(report.status()).isEqualTo(200);
        Page pdf = MonitorSession.tasklistLogin(port, "utrecht.griffie").get("/weerbaar/raadsrapportage.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = text(pdf.bytes());
        for (Object ref : (JSONArray) report.json("$.measures[*].ref")) {
            assertThat(text).as("ref " + ref).containsPattern("(^|\\s)" + java.util.regex.Pattern.quote(
                    (String) ref) + "\\s");
        }
        assertThat(text).contains("Raadsrapportage weerbaarheid en veerkracht Gemeente Utrecht",
                "Alle maatregelen: " + report.json("$.total.percentDone") + "% afgerond",
                "De gemeente heeft geen eigen voorziening hiervoor");
        // Who approved 3.4's "niet van toepassing"; the PDF may break the line after the user id's dot.
        assertThat(text).containsPattern("Goedgekeurd door utrecht\\.\\s?wethouder op");
        for (Object pillar : (JSONArray) report.json("$.pillars[*].counts.percentDone")) {
            assertThat(text).contains(pillar + "% afgerond");
        }
    }

    @Test
    void theNoodhandboekPdfHoldsTheDemoNoodsteunpuntAndItsPrintIsRecorded() throws IOException {
        String path = "/api/weerbaar/v1/noodhandboeken/" + POWER_OUTAGE;
        Response handbook = api().get(path, "utrecht.aov");
        assertThat(handbook.status()).isEqualTo(200);
        assertThat((List<String>) handbook.json("$.noodsteunpunten[*].name")).containsExactly("Noodsteunpunt Overvecht");

        MonitorSession session = MonitorSession.tasklistLogin(port, "utrecht.aov");
        String action = "/weerbaar/noodhandboek/" + POWER_OUTAGE;
        assertThat(session.post(action, session.base()).status()).as("a post without the form's CSRF token")
                .isEqualTo(403);
        assertThat(session.postForm("/weerbaar/noodhandboek", action, "http://elders.example", "cross-site")
                .status()).as("a post from another site").isEqualTo(403);
        // Behind a proxy that terminates TLS the browser's origin is not the address the application sees.
        Page pdf = session.postForm("/weerbaar/noodhandboek", action, "https://weerbaar.utrecht.example",
                "same-origin");
        assertThat(pdf.status()).isEqualTo(200);
        String text = text(pdf.bytes());
        assertThat(text).contains("Noodhandboek Gemeente Utrecht: Langdurige stroomuitval", "Noodsteunpunt Overvecht",
                "Wijkcentrum De Dreef", "Dreef 12a, 3563 AB, Overvecht", "Jan de Vries, 06 12345678",
                "Team Openbare Orde en Veiligheid", "030 123 45 67", "Warme fase (< 72 uur)", "Nafase");

        Response states = api().get("/api/weerbaar/v1/noodhandboeken", "utrecht.aov");
        assertThat((List<String>) states.json("$[?(@.scenario == '" + POWER_OUTAGE
                + "')].lastPrintedBy")).containsExactly("utrecht.aov");
    }

    @Test
    void aNoodhandboekPrintedInEnglishIsUpToDateForItsDutchReadersAndTheOtherWayRound() throws IOException {
        MonitorSession session = MonitorSession.tasklistLogin(port, "amersfoort.aov");
        String action = "/weerbaar/noodhandboek/" + POWER_OUTAGE;
        Page english = session.postForm("/weerbaar/noodhandboek?lang=en", action, session.base(), "same-origin");
        assertThat(english.status()).isEqualTo(200);
        assertThat(text(english.bytes())).contains("Emergency handbook Gemeente Amersfoort");
        assertUpToDate(session);

        Page dutch = session.postForm("/weerbaar/noodhandboek?lang=nl", action, session.base(), "same-origin");
        assertThat(text(dutch.bytes())).contains("Noodhandboek Gemeente Amersfoort");
        assertUpToDate(session);
    }

    /** The power outage's handbook is current in the API (Dutch) and on the pages in both languages. */
    private void assertUpToDate(MonitorSession session) {
        Response states = api().get("/api/weerbaar/v1/noodhandboeken", "amersfoort.aov");
        assertThat((List<Boolean>) states.json("$[?(@.scenario == '" + POWER_OUTAGE + "')].changedSincePrint"))
                .containsExactly(false);
        for (String lang : List.of("en", "nl")) {
            String list = session.get("/weerbaar/noodhandboek?lang=" + lang).html();
            assertThat(list).as(lang).contains("data-scenario=\"" + POWER_OUTAGE + "\" data-changed=\"false\"");
            assertThat(session.get("/weerbaar/gemeente?lang=" + lang).html()).as(lang)
                    .doesNotContain("data-warning=\"noodhandboek\"");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int count(JSONArray statuses, String status) {
        return (int) statuses.stream().filter(status::equals).count();
    }
}
