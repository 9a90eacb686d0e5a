package nl.weerbaar.spring.monitor.web;

import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.spring.monitor.CatalogSummary;
import nl.weerbaar.spring.monitor.GemeenteDashboard;
import nl.weerbaar.spring.monitor.MappedScenario;
import nl.weerbaar.spring.monitor.MonitorContact;
import nl.weerbaar.spring.monitor.MonitoredMeasure;
import nl.weerbaar.spring.monitor.Noodhandboek;
import nl.weerbaar.spring.monitor.PillarSummary;
import nl.weerbaar.spring.monitor.Raadsrapportage;
import nl.weerbaar.spring.monitor.StatusCounts;
import nl.weerbaar.spring.progress.ProgressStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDFs as a reader gets them: A4, tagged, with the report's words extractable as text — every measure's ref in
 * the raadsrapportage, every noodsteunpunt with its address and keyholder in the noodhandboek.
 */
class PdfReportsTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private final PdfReports reports = new PdfReports(new MonitorTemplates(), ZONE);

    @Test
    void raadsrapportageNamesEveryMeasureByItsRefWithTheFiguresAndTheNotApplicableReason() throws IOException {
        List<MonitoredMeasure> measures = List.of(
                measure("1.1", 1, true, ProgressStatus.DONE),
                measure("1.2", 1, false, ProgressStatus.OVERDUE),
                measure("2.1", 2, true, ProgressStatus.NOT_STARTED),
                measure("2.2", 2, false, ProgressStatus.NOT_APPLICABLE));
        StatusCounts total = StatusCounts.of(measures.stream().map(MonitoredMeasure::status).toList());
        GemeenteDashboard dashboard = new GemeenteDashboard("zeist", "Gemeente Zeist", "vr-utrecht",
                new CatalogSummary("urn:weerbaar:vng-2025", "Handreiking", 2, "VNG", LocalDate.of(2025, 8, 25), 0),
                LocalDate.of(2026, 3, 1), total,
                List.of(new PillarSummary(1, "Eigen continuïteit", "wethouder", StatusCounts.of(List.of(
                                ProgressStatus.DONE, ProgressStatus.OVERDUE))),
                        new PillarSummary(2, "Crisisbeheersing", "burgemeester", StatusCounts.of(List.of(
                                ProgressStatus.NOT_STARTED, ProgressStatus.NOT_APPLICABLE)))),
                measures, List.of());
        Raadsrapportage report = new Raadsrapportage(dashboard, List.of(new Raadsrapportage.NotApplicable("2.2",
                "Titel 2.2", "De regio regelt dit.", "zeist.wethouder", Instant.parse("2026-02-01T10:00:00Z"),
                "Akkoord.")), List.of(measures.get(1), measures.get(2)));

        byte[] pdf = reports.raadsrapportagePdf(report, Locale.forLanguageTag("nl"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset
                    .offset(1f));
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Raadsrapportage weerbaarheid en veerkracht Gemeente Zeist", "1 maart 2026",
                    "Eigen continuïteit", "De regio regelt dit.", "zeist.wethouder", "Alle maatregelen: 33% afgerond");
            for (MonitoredMeasure measure : measures) {
                assertThat(text).contains(measure.ref() + " ");
            }
        }
    }

    @Test
    void noodhandboekListsTheNoodsteunpuntWithAddressKeyholderAndTheContacts() throws IOException {
        MonitorContact aov = new MonitorContact("Team OOV", "AOV-adviseur", "030 123 45 67", null, "zeist.aov", null);
        Noodhandboek handbook = new Noodhandboek("zeist", "Gemeente Zeist",
                new MappedScenario("LANGDURIGE_STROOMUITVAL", "Langdurige stroomuitval", "Prolonged power outage",
                        null, List.of(new MappedScenario.Link("2.3", "SOURCE", "noodstroom"))),
                Instant.parse("2026-03-01T09:00:00Z"),
                List.of(new Noodhandboek.PhaseSection(Phase.WARM_TOT_72U, List.of(new Noodhandboek.ActionCard("2.3",
                                "Communicatiemiddelen", "Zorg voor noodcommunicatie.", ProgressStatus.IN_PROGRESS,
                                "zeist.aov", List.of(aov), List.of("Gemeenten"), List.of("Veiligheidsregio's"),
                                List.of()))),
                        new Noodhandboek.PhaseSection(Phase.WARM_NA_72U, List.of()),
                        new Noodhandboek.PhaseSection(Phase.NAFASE, List.of())),
                List.of(new Noodhandboek.NoodsteunpuntCard("Noodsteunpunt Centrum", "IN_INRICHTING",
                        "In inrichting", "Dorpshuis", "Markt 1, 3701 AA, Centrum", "P. Jansen", "06 11111111",
                        "M. Bakker", null, null, null)),
                List.of(aov), "abc");

        try (PDDocument document = Loader.loadPDF(reports.noodhandboekPdf(handbook, Locale.forLanguageTag("nl")))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Noodhandboek Gemeente Zeist: Langdurige stroomuitval", "Noodsteunpunt Centrum",
                    "Markt 1, 3701 AA, Centrum", "P. Jansen, 06 11111111", "Warme fase (< 72 uur)",
                    "2.3 Communicatiemiddelen", "Team OOV", "030 123 45 67", "1 maart 2026");
        }
    }

    private static MonitoredMeasure measure(String ref, int pillar, boolean crucial, ProgressStatus status) {
        return new MonitoredMeasure(ref, "Titel " + ref, "Tekst " + ref, pillar, crucial, false,
                Set.of(Phase.KOUDE), List.of("Gemeenten"), List.of(), status, null,
                status == ProgressStatus.OVERDUE ? "zeist.aov" : null,
                status == ProgressStatus.OVERDUE ? LocalDate.of(2026, 2, 1) : null, null, List.of());
    }
}
