package nl.weerbaar.spring.api;

import nl.weerbaar.spring.api.MonitorModels.DashboardView;
import nl.weerbaar.spring.api.MonitorModels.NoodhandboekStateView;
import nl.weerbaar.spring.api.MonitorModels.NoodhandboekView;
import nl.weerbaar.spring.api.MonitorModels.RaadsrapportageView;
import nl.weerbaar.spring.api.MonitorModels.RegionDashboardView;
import nl.weerbaar.spring.api.MonitorModels.ScenarioView;
import nl.weerbaar.spring.monitor.MonitorReports;
import nl.weerbaar.spring.monitor.Noodhandboek;
import nl.weerbaar.spring.monitor.WeerbaarMonitor;
import nl.weerbaar.spring.tenant.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The Weerbaarheidsmonitor over the API: the calling gemeente's dashboard, scenario readiness, raadsrapportage and
 * noodhandboek, and the calling veiligheidsregio's roll-up of its members. The raadsrapportage and the noodhandboek
 * come as JSON or, asked for with {@code Accept: application/pdf}, as the A4 PDF the pages offer.
 */
@RestController
public class MonitorController {

    private final WeerbaarMonitor monitor;
    private final MonitorReports reports;
    private final CallerTenant caller;
    private final CurrentUser currentUser;
    private final Locale locale;
    private final ZoneId zone;

    public MonitorController(WeerbaarMonitor monitor, MonitorReports reports, CallerTenant caller,
                             CurrentUser currentUser, Locale locale, ZoneId zone) {
        this.monitor = monitor;
        this.reports = reports;
        this.caller = caller;
        this.currentUser = currentUser;
        this.locale = locale;
        this.zone = zone;
    }

    @GetMapping(path = WeerbaarApi.V1 + "/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    public DashboardView dashboard() {
        return DashboardView.of(monitor.dashboard(caller.require(), locale), locale, zone);
    }

    @GetMapping(path = WeerbaarApi.V1 + "/region-dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    public RegionDashboardView regionDashboard() {
        return RegionDashboardView.of(monitor.region(caller.require(), locale), locale);
    }

    @GetMapping(path = WeerbaarApi.V1 + "/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ScenarioView> scenarios() {
        return monitor.readiness(caller.require(), locale).stream()
                .map(r -> ScenarioView.of(r, locale)).toList();
    }

    @GetMapping(path = WeerbaarApi.V1 + "/scenarios/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ScenarioView scenario(@PathVariable("code") String code) {
        return ScenarioView.of(monitor.readiness(caller.require(), code, locale), locale);
    }

    @GetMapping(path = WeerbaarApi.V1 + "/raadsrapportage",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
    public ResponseEntity<?> raadsrapportage(@RequestHeader(name = HttpHeaders.ACCEPT, required = false)
                                             String accept) {
        String tenant = caller.require();
        var report = monitor.raadsrapportage(tenant, locale);
        if (MonitorApi.prefersPdf(accept)) {
            return pdf(reports.raadsrapportagePdf(report, locale), "raadsrapportage-" + tenant + "-"
                    + report.dashboard().date() + ".pdf");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(RaadsrapportageView.of(report, locale, zone));
    }

    @GetMapping(path = WeerbaarApi.V1 + "/noodhandboeken", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<NoodhandboekStateView> noodhandboeken() {
        return NoodhandboekStateView.of(monitor.noodhandboeken(caller.require(), locale), zone);
    }

    @GetMapping(path = WeerbaarApi.V1 + "/noodhandboeken/{scenario}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
    public ResponseEntity<?> noodhandboek(@PathVariable("scenario") String scenario,
                                          @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String tenant = caller.require();
        Noodhandboek handbook = monitor.noodhandboek(tenant, scenario, locale);
        return handbook(handbook, accept);
    }

    /**
     * Prints the noodhandboek: the same as reading it, and recorded as the print the dashboard compares the current
     * data with. The request has no body.
     */
    @PostMapping(path = WeerbaarApi.V1 + "/noodhandboeken/{scenario}/prints",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
    public ResponseEntity<?> print(@PathVariable("scenario") String scenario,
                                   @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String tenant = caller.require();
        String user = currentUser.get().map(CurrentUser.Authenticated::userId).orElse(null);
        Noodhandboek handbook = monitor.printNoodhandboek(tenant, scenario, user, locale);
        return handbook(handbook, accept);
    }

    private ResponseEntity<?> handbook(Noodhandboek handbook, String accept) {
        if (MonitorApi.prefersPdf(accept)) {
            return pdf(reports.noodhandboekPdf(handbook, locale), "noodhandboek-" + handbook.tenant() + "-"
                    + handbook.scenario().code().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                    + handbook.generatedAt().atZone(zone).toLocalDate() + ".pdf");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(NoodhandboekView.of(handbook, locale, zone));
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(pdf);
    }
}
