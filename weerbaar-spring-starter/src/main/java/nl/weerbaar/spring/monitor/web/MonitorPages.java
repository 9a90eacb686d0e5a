package nl.weerbaar.spring.monitor.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.weerbaar.spring.monitor.MonitorMessages;
import nl.weerbaar.spring.monitor.MonitorRefusal;
import nl.weerbaar.spring.monitor.MonitorReports;
import nl.weerbaar.spring.monitor.Noodhandboek;
import nl.weerbaar.spring.monitor.WeerbaarMonitor;
import nl.weerbaar.spring.tenant.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The monitor's pages under {@code weerbaar.monitor.path} (the auto-configuration puts their mappings below it): a
 * gemeente's dashboard, a measure's history, scenario
 * readiness, the raadsrapportage and the noodhandboek; a veiligheidsregio's roll-up of its members. Each page is for
 * the caller's own tenant only, in Dutch or English ({@code ?lang=en}, remembered in a cookie; else the browser's
 * first language).
 */
@Controller
public class MonitorPages {

    static final String LANGUAGE_COOKIE = "weerbaar-lang";
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final WeerbaarMonitor monitor;
    private final MonitorReports reports;
    private final PdfReports printable;
    private final MonitorTemplates templates;
    private final CurrentUser currentUser;
    private final Settings settings;

    /**
     * How the pages are set up.
     *
     * @param path        where they are served, e.g. {@code /weerbaar}
     * @param tasklist    Tasklist's address, e.g. {@code /camunda/app/tasklist/default/}
     * @param stylesheets extra style sheets after the built-in theme
     * @param themeClass  the design-token theme's class
     * @param zone        the time zone dates are shown in
     */
    public record Settings(String path, String tasklist, List<String> stylesheets, String themeClass, ZoneId zone) {
    }

    /** @param reports the PDFs; the printable pages are the built-in templates' whatever the PDFs are */
    public MonitorPages(WeerbaarMonitor monitor, MonitorReports reports, MonitorTemplates templates,
                        CurrentUser currentUser, Settings settings) {
        this.monitor = monitor;
        this.reports = reports;
        this.printable = new PdfReports(templates, settings.zone());
        this.templates = templates;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    @GetMapping({"", "/"})
    public ResponseEntity<String> home(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, (caller) -> redirect(request, monitor.isRegion(caller.tenant())
                ? "/regio" : "/gemeente"));
    }

    @GetMapping("/gemeente")
    public ResponseEntity<String> dashboard(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, caller -> html(caller, "dashboard",
                Map.of("d", monitor.dashboard(caller.tenant(), caller.locale()))));
    }

    @GetMapping("/gemeente/maatregelen/{ref}")
    public ResponseEntity<String> measure(@PathVariable("ref") String ref, HttpServletRequest request,
                                          HttpServletResponse response) {
        return page(request, response, caller -> html(caller, "measure",
                Map.of("h", monitor.history(caller.tenant(), ref, caller.locale()))));
    }

    @GetMapping("/regio")
    public ResponseEntity<String> region(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, caller -> html(caller, "region",
                Map.of("r", monitor.region(caller.tenant(), caller.locale()))));
    }

    @GetMapping("/scenarios")
    public ResponseEntity<String> scenarios(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, caller -> html(caller, "scenarios",
                Map.of("scenarios", monitor.readiness(caller.tenant(), caller.locale()))));
    }

    @GetMapping("/scenarios/{code}")
    public ResponseEntity<String> scenario(@PathVariable("code") String code, HttpServletRequest request,
                                           HttpServletResponse response) {
        return page(request, response, caller -> html(caller, "scenario",
                Map.of("s", monitor.readiness(caller.tenant(), code, caller.locale()))));
    }

    @GetMapping("/raadsrapportage")
    public ResponseEntity<String> raadsrapportage(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, caller -> ResponseEntity.ok().contentType(HTML).body(
                printable.raadsrapportageHtml(monitor.raadsrapportage(caller.tenant(), caller.locale()), caller.locale(),
                        true, caller.base())));
    }

    @GetMapping("/raadsrapportage.pdf")
    public ResponseEntity<?> raadsrapportagePdf(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, caller -> {
            var report = monitor.raadsrapportage(caller.tenant(), caller.locale());
            return pdf(reports.raadsrapportagePdf(report, caller.locale()), "raadsrapportage-" + caller.tenant() + "-"
                    + report.dashboard().date() + ".pdf");
        });
    }

    @GetMapping("/noodhandboek")
    public ResponseEntity<String> noodhandboeken(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, caller -> {
            Map<String, Object> model = new HashMap<>();
            model.put("d", monitor.dashboard(caller.tenant(), caller.locale()));
            model.put("csrf", request.getAttribute("_csrf"));
            return html(caller, "noodhandboeken", model);
        });
    }

    @GetMapping("/noodhandboek/{code}")
    public ResponseEntity<String> noodhandboek(@PathVariable("code") String code, HttpServletRequest request,
                                               HttpServletResponse response) {
        return page(request, response, caller -> ResponseEntity.ok().contentType(HTML).body(
                printable.noodhandboekHtml(monitor.noodhandboek(caller.tenant(), code, caller.locale()),
                        caller.locale(), true, caller.base())));
    }

    /**
     * Prints the handbook: records the print and answers with its PDF. The host's chain requires the form's CSRF
     * token; a browser's post from another site is refused as well.
     */
    @PostMapping("/noodhandboek/{code}")
    public ResponseEntity<?> printNoodhandboek(@PathVariable("code") String code, HttpServletRequest request,
                                               HttpServletResponse response) {
        return page(request, response, caller -> {
            if (!sameSite(request)) {
                throw new MonitorRefusal(403, MonitorMessages.get(caller.locale(), "refusal.cross-site"));
            }
            Noodhandboek handbook = monitor.printNoodhandboek(caller.tenant(), code, caller.userId(),
                    caller.locale());
            return pdf(reports.noodhandboekPdf(handbook, caller.locale()), "noodhandboek-" + caller.tenant() + "-"
                    + code.toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                    + handbook.generatedAt().atZone(settings.zone()).toLocalDate() + ".pdf");
        });
    }

    /**
     * The accessibility statement (toegankelijkheidsverklaring), linked from every page; for anyone, logged in or
     * not, as the Besluit digitale toegankelijkheid overheid wants it published.
     */
    @GetMapping("/toegankelijkheid")
    public ResponseEntity<String> accessibility(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = locale(request, response);
        String base = request.getContextPath() + settings.path();
        Caller caller = currentUser.oneTenant()
                .map(user -> new Caller(user.userId(), user.tenantId(), locale, base)).orElse(null);
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
                .body(templates.render("toegankelijkheid", model(locale, base, caller, Map.of()), locale));
    }

    /**
     * The page for a visit the host's chain turned away before it reached the monitor — nobody logged in — with the
     * way to log in, in the visitor's language; the monitor's part of the host's chain answers with it.
     */
    public String notLoggedInPage(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = locale(request, response);
        String base = request.getContextPath() + settings.path();
        return templates.render("error", model(locale, base, null, Map.of("status", 401,
                "message", MonitorMessages.get(locale, "refusal.not-logged-in"))), locale);
    }

    /** The caller of a page, the language it is shown in, and where the monitor lives. */
    record Caller(String userId, String tenant, Locale locale, String base) {
    }

    private <T> ResponseEntity<T> page(HttpServletRequest request, HttpServletResponse response,
                                       Function<Caller, ResponseEntity<T>> page) {
        Locale locale = locale(request, response);
        String base = request.getContextPath() + settings.path();
        try {
            CurrentUser.OneTenant user = currentUser.requireOneTenant(refusals(locale));
            return page.apply(new Caller(user.userId(), user.tenantId(), locale, base));
        } catch (MonitorRefusal refusal) {
            @SuppressWarnings("unchecked")
            ResponseEntity<T> error = (ResponseEntity<T>) ResponseEntity.status(refusal.status()).contentType(HTML)
                    .body(templates.render("error", model(locale, base, null, Map.of("status", refusal.status(),
                            "message", refusal.getMessage())), locale));
            return error;
        }
    }

    private static CurrentUser.Refusals refusals(Locale locale) {
        return new CurrentUser.Refusals() {
            @Override
            public RuntimeException notLoggedIn() {
                return new MonitorRefusal(401, MonitorMessages.get(locale, "refusal.not-logged-in"));
            }

            @Override
            public RuntimeException noTenant(CurrentUser.Authenticated user) {
                return new MonitorRefusal(403, MonitorMessages.get(locale, "refusal.no-tenant", user.userId()));
            }

            @Override
            public RuntimeException manyTenants(CurrentUser.Authenticated user) {
                return new MonitorRefusal(403, MonitorMessages.get(locale, "refusal.many-tenants", user.userId()));
            }
        };
    }

    private ResponseEntity<String> html(Caller caller, String template, Map<String, Object> variables) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
                .body(templates.render(template, model(caller.locale(), caller.base(), caller, variables),
                        caller.locale()));
    }

    private Map<String, Object> model(Locale locale, String base, Caller caller, Map<String, Object> variables) {
        Map<String, Object> model = new HashMap<>(variables);
        String contextPath = base.substring(0, base.length() - settings.path().length());
        model.put("f", new Formats(locale, settings.zone(), settings.tasklist().startsWith("/")
                ? contextPath + settings.tasklist() : settings.tasklist()));
        model.put("base", base);
        model.put("theme", settings.themeClass());
        model.put("stylesheets", settings.stylesheets());
        model.put("user", caller == null ? null : caller.userId());
        model.put("region", caller != null && monitor.isRegion(caller.tenant()));
        return model;
    }

    private static ResponseEntity<String> redirect(HttpServletRequest request, String to) {
        String target = request.getRequestURI().replaceAll("/+$", "") + to;
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target)).build();
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(pdf);
    }

    /** {@code ?lang=nl|en} (remembered), else the cookie, else the browser's first language; Dutch by default. */
    static Locale locale(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if ("nl".equals(asked) || "en".equals(asked)) {
            Cookie cookie = new Cookie(LANGUAGE_COOKIE, asked);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return Locale.forLanguageTag(asked);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return MonitorMessages.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
                if (!ranges.isEmpty()) {
                    return MonitorMessages.supported(Locale.forLanguageTag(ranges.get(0).getRange()));
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed header asks for nothing in particular.
            }
        }
        return MonitorMessages.DUTCH;
    }

    /**
     * Whether a browser's post came from these pages, as its {@code Sec-Fetch-Site} header says; a client that sends
     * none is left to the CSRF token. Not the {@code Origin} against the request's own address, which a proxy that
     * terminates TLS changes.
     */
    static boolean sameSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || "same-origin".equals(site) || "none".equals(site);
    }
}
