package nl.weerbaar.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.spring.internal.MonitorPath;
import nl.weerbaar.spring.tenant.TenantType;

import java.time.Duration;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Configuration of Weerbaar in a Spring Boot application ({@code weerbaar.*}).
 */
@ConfigurationProperties(prefix = "weerbaar")
public class WeerbaarProperties {

    /** Whether Weerbaar is active at all. */
    private boolean enabled = true;

    /** The catalogs and overlays to load. */
    private final Catalog catalog = new Catalog();

    /** The tenants (gemeenten and their veiligheidsregio) to serve; the processes are deployed once for all of them. */
    private List<Tenant> tenants = new ArrayList<>();

    /** Serve every tenant Camunda's identity service knows, in addition to those listed under tenants. */
    private boolean tenantsFromIdentityService = false;

    /** Keys of the processes to deploy; empty means every Weerbaar process. */
    private List<String> processes = new ArrayList<>();

    /** Candidate group per role code (aov-adviseur, bcm-coordinator, griffie, gemeentesecretaris, burgemeester,
     * wethouder, veiligheidsregio, veiligheidsregio-bestuur, veiligheidsregio-directeur); a role not listed uses
     * weerbaar-&lt;code&gt;. */
    private Map<String, String> roles = new LinkedHashMap<>();

    /** The time zone of due dates and timers, e.g. Europe/Amsterdam. */
    private ZoneId zone = ZoneId.of("Europe/Amsterdam");

    /** Terms of the measure lifecycle (weerbaar-maatregel). */
    private final Measure measure = new Measure();

    /** Terms of the noodsteunpunt (weerbaar-noodsteunpunt). */
    private final Noodsteunpunt noodsteunpunt = new Noodsteunpunt();

    /** Terms of the yearly continuity review (weerbaar-continuiteit). */
    private final Continuity continuity = new Continuity();

    /** Terms of the zienswijze cycle (weerbaar-zienswijze-regio and -gemeente), from the Wet gemeenschappelijke
     * regelingen. */
    private final Zienswijze zienswijze = new Zienswijze();

    /** Language of labels and messages: nl (default) or en. */
    private Locale locale = Locale.forLanguageTag("nl");

    /** The REST API under /api/weerbaar/v1. */
    private final Api api = new Api();

    /** The weerbaar.measures metrics. */
    private final Metrics metrics = new Metrics();

    /** The Weerbaarheidsmonitor's pages (dashboard, region view, scenarios, raadsrapportage, noodhandboek). */
    private final Monitor monitor = new Monitor();

    /** Reminders and escalations by e-mail, sent when the application configures spring.mail.*. */
    private final Notifications notifications = new Notifications();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Catalog getCatalog() {
        return catalog;
    }

    public List<Tenant> getTenants() {
        return tenants;
    }

    public void setTenants(List<Tenant> tenants) {
        this.tenants = tenants;
    }

    public boolean isTenantsFromIdentityService() {
        return tenantsFromIdentityService;
    }

    public void setTenantsFromIdentityService(boolean tenantsFromIdentityService) {
        this.tenantsFromIdentityService = tenantsFromIdentityService;
    }

    public List<String> getProcesses() {
        return processes;
    }

    public void setProcesses(List<String> processes) {
        this.processes = processes;
    }

    public Map<String, String> getRoles() {
        return roles;
    }

    public void setRoles(Map<String, String> roles) {
        this.roles = roles;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public Measure getMeasure() {
        return measure;
    }

    public Noodsteunpunt getNoodsteunpunt() {
        return noodsteunpunt;
    }

    public Continuity getContinuity() {
        return continuity;
    }

    public Zienswijze getZienswijze() {
        return zienswijze;
    }

    public Locale getLocale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public Api getApi() {
        return api;
    }

    public Metrics getMetrics() {
        return metrics;
    }

    public Monitor getMonitor() {
        return monitor;
    }

    public Notifications getNotifications() {
        return notifications;
    }

    /** The settings the processes use, as configured here. */
    public WeerbaarSettings toSettings() {
        return new WeerbaarSettings(zone, measure.toSettings(), noodsteunpunt.toSettings(), continuity.toSettings(),
                zienswijze.toSettings());
    }

    /** Catalogs and overlays. */
    public static class Catalog {

        /** URN of the catalog the processes follow. */
        private String urn = "urn:weerbaar:vng-2025";

        /** Extra catalog files (Spring resource locations, e.g. classpath:gemeente/catalog.yaml). */
        private List<String> locations = new ArrayList<>();

        /** Overlays applied for every tenant (Spring resource locations). */
        private List<String> overlays = new ArrayList<>();

        public String getUrn() {
            return urn;
        }

        public void setUrn(String urn) {
            this.urn = urn;
        }

        public List<String> getLocations() {
            return locations;
        }

        public void setLocations(List<String> locations) {
            this.locations = locations;
        }

        public List<String> getOverlays() {
            return overlays;
        }

        public void setOverlays(List<String> overlays) {
            this.overlays = overlays;
        }
    }

    /** A contact of a tenant for the noodhandboek. */
    public static class Contact {

        /** Who, e.g. Team Openbare Orde en Veiligheid. */
        private String name;

        /** What for, e.g. AOV-adviseur or Sleutelhouder gemeentehuis. */
        private String function;

        /** Phone number, ideally one that works when the mobile network is down. */
        private String phone;

        /** E-mail address. */
        private String email;

        /** The Camunda user this contact is; a measure owned by that user shows these details. */
        private String user;

        /** The catalog party (e.g. veiligheidsregios, ghor) this is the contact for; measures naming it show it. */
        private String party;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getFunction() {
            return function;
        }

        public void setFunction(String function) {
            this.function = function;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getParty() {
            return party;
        }

        public void setParty(String party) {
            this.party = party;
        }
    }

    /** The Weerbaarheidsmonitor. */
    public static class Monitor {

        /** Whether the monitor's pages are served (needs Spring MVC). */
        private boolean enabled = true;

        /** Where the pages are served, e.g. /weerbaar; a trailing slash is dropped, the root is refused. */
        private String path = MonitorPath.DEFAULT;

        /** Tasklist's address for links to open tasks; empty derives it from camunda.bpm.webapp.application-path. */
        private String tasklistUrl;

        /** Extra style sheets (URLs) after the built-in NL Design System theme, e.g. the gemeente's own tokens. */
        private List<String> stylesheets = new ArrayList<>();

        /** The CSS class of the design-token theme on every page; voorbeeld-theme is NL Design System's example. */
        private String themeClass = "voorbeeld-theme";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = MonitorPath.of(path);
        }

        public String getTasklistUrl() {
            return tasklistUrl;
        }

        public void setTasklistUrl(String tasklistUrl) {
            this.tasklistUrl = tasklistUrl;
        }

        public List<String> getStylesheets() {
            return stylesheets;
        }

        public void setStylesheets(List<String> stylesheets) {
            this.stylesheets = stylesheets;
        }

        public String getThemeClass() {
            return themeClass;
        }

        public void setThemeClass(String themeClass) {
            this.themeClass = themeClass;
        }
    }

    /** A tenant: a gemeente or a veiligheidsregio. */
    public static class Tenant {

        /** Camunda tenant id, e.g. utrecht. */
        private String id;

        /** Display name, e.g. Gemeente Utrecht. */
        private String name;

        /** gemeente or veiligheidsregio. */
        private TenantType type = TenantType.GEMEENTE;

        /** For a gemeente: the tenant id of its veiligheidsregio. */
        private String region;

        /** Overlays applied for this tenant only (Spring resource locations). */
        private List<String> overlays = new ArrayList<>();

        /** Who to reach in a crisis, printed in the noodhandboek: key contacts, measure owners, partners. */
        private List<Contact> contacts = new ArrayList<>();

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public TenantType getType() {
            return type;
        }

        public void setType(TenantType type) {
            this.type = type;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public List<String> getOverlays() {
            return overlays;
        }

        public void setOverlays(List<String> overlays) {
            this.overlays = overlays;
        }

        public List<Contact> getContacts() {
            return contacts;
        }

        public void setContacts(List<Contact> contacts) {
            this.contacts = contacts;
        }
    }

    /** Terms of the measure lifecycle. */
    public static class Measure {

        /** How long after approval a measure is reviewed again (ISO 8601 period, e.g. P1Y). */
        private Period reReviewInterval = Period.ofYears(1);

        /** How long before a measure's due date its owner is reminded (e.g. P2W). */
        private Period reminderBeforeDue = Period.ofWeeks(2);

        public Period getReReviewInterval() {
            return reReviewInterval;
        }

        public void setReReviewInterval(Period reReviewInterval) {
            this.reReviewInterval = reReviewInterval;
        }

        public Period getReminderBeforeDue() {
            return reminderBeforeDue;
        }

        public void setReminderBeforeDue(Period reminderBeforeDue) {
            this.reminderBeforeDue = reminderBeforeDue;
        }

        WeerbaarSettings.Measure toSettings() {
            return new WeerbaarSettings.Measure(reReviewInterval, reminderBeforeDue);
        }
    }

    /** Terms of the noodsteunpunt. */
    public static class Noodsteunpunt {

        /** How long after a noodsteunpunt is declared operational it is tested again (e.g. P1Y). */
        private Period retestInterval = Period.ofYears(1);

        /** Nooddrinkwater per person per day in litres below which a noodsteunpunt gets a warning; the
         * drinking-water companies' planning norm (measure 3.2), not the guide's; 0 warns never. */
        private int drinkingWaterLitresPerPersonDay = 3;

        /** Inhabitants one nooddrinkwater point serves at most before a warning; the drinking-water companies'
         * planning norm (measure 3.2), not the guide's; 0 warns never. */
        private int inhabitantsPerDrinkingWaterPoint = 2500;

        public Period getRetestInterval() {
            return retestInterval;
        }

        public void setRetestInterval(Period retestInterval) {
            this.retestInterval = retestInterval;
        }

        public int getDrinkingWaterLitresPerPersonDay() {
            return drinkingWaterLitresPerPersonDay;
        }

        public void setDrinkingWaterLitresPerPersonDay(int drinkingWaterLitresPerPersonDay) {
            this.drinkingWaterLitresPerPersonDay = drinkingWaterLitresPerPersonDay;
        }

        public int getInhabitantsPerDrinkingWaterPoint() {
            return inhabitantsPerDrinkingWaterPoint;
        }

        public void setInhabitantsPerDrinkingWaterPoint(int inhabitantsPerDrinkingWaterPoint) {
            this.inhabitantsPerDrinkingWaterPoint = inhabitantsPerDrinkingWaterPoint;
        }

        WeerbaarSettings.Noodsteunpunt toSettings() {
            return new WeerbaarSettings.Noodsteunpunt(retestInterval, drinkingWaterLitresPerPersonDay,
                    inhabitantsPerDrinkingWaterPoint);
        }
    }

    /** Terms of the yearly continuity review. */
    public static class Continuity {

        /** The day each year the continuity review starts, as MM-DD (BIO 5.30.01: yearly). */
        private MonthDay reviewDate = MonthDay.of(1, 15);

        public MonthDay getReviewDate() {
            return reviewDate;
        }

        public void setReviewDate(MonthDay reviewDate) {
            this.reviewDate = reviewDate;
        }

        WeerbaarSettings.Continuity toSettings() {
            return new WeerbaarSettings.Continuity(reviewDate);
        }
    }

    /** Terms of the zienswijze cycle (Wet gemeenschappelijke regelingen, as in force since 1 July 2022). */
    public static class Zienswijze {

        /** Day (MM-DD) by which kaders and provisional annual accounts go to the councils (art. 34b). */
        private MonthDay kadersDeadline = MonthDay.of(4, 30);

        /** How long councils have for their zienswijze (art. 35(3)). */
        private Period term = Period.ofWeeks(12);

        /** How long before the end of the term the griffie is reminded. */
        private Period reminderBefore = Period.ofWeeks(2);

        /** Within how long after adoption the budget goes to Gedeputeerde Staten (art. 34(2)). */
        private Period budgetToProvinceTerm = Period.ofWeeks(2);

        /** Day (MM-DD) by which the budget must be with Gedeputeerde Staten in any case (art. 34(2)). */
        private MonthDay budgetToProvinceLatest = MonthDay.of(9, 15);

        public MonthDay getKadersDeadline() {
            return kadersDeadline;
        }

        public void setKadersDeadline(MonthDay kadersDeadline) {
            this.kadersDeadline = kadersDeadline;
        }

        public Period getTerm() {
            return term;
        }

        public void setTerm(Period term) {
            this.term = term;
        }

        public Period getReminderBefore() {
            return reminderBefore;
        }

        public void setReminderBefore(Period reminderBefore) {
            this.reminderBefore = reminderBefore;
        }

        public Period getBudgetToProvinceTerm() {
            return budgetToProvinceTerm;
        }

        public void setBudgetToProvinceTerm(Period budgetToProvinceTerm) {
            this.budgetToProvinceTerm = budgetToProvinceTerm;
        }

        public MonthDay getBudgetToProvinceLatest() {
            return budgetToProvinceLatest;
        }

        public void setBudgetToProvinceLatest(MonthDay budgetToProvinceLatest) {
            this.budgetToProvinceLatest = budgetToProvinceLatest;
        }

        WeerbaarSettings.Zienswijze toSettings() {
            return new WeerbaarSettings.Zienswijze(kadersDeadline, term, reminderBefore, budgetToProvinceTerm,
                    budgetToProvinceLatest);
        }
    }

    /** The gauge weerbaar.measures (tenant, status). */
    public static class Metrics {

        /** How often the counts are computed again in the background; a scrape reads the last counts, so they are
         * at most this old (plus one computation). */
        private Duration refreshInterval = Duration.ofMinutes(5);

        public Duration getRefreshInterval() {
            return refreshInterval;
        }

        public void setRefreshInterval(Duration refreshInterval) {
            if (refreshInterval == null || refreshInterval.isNegative() || refreshInterval.isZero()) {
                throw new IllegalArgumentException("weerbaar.metrics.refresh-interval moet groter dan nul zijn, niet "
                        + refreshInterval);
            }
            this.refreshInterval = refreshInterval;
        }
    }

    /** The REST API. */
    public static class Api {

        /** Whether the REST API under /api/weerbaar/v1 is served (needs Spring MVC). */
        private boolean enabled = true;

        /** Who answers questions about the API, as its OpenAPI document's info.contact says (NL API Design Rules:
         * not a generic address of the whole organisation). */
        private final Contact contact = new Contact();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Contact getContact() {
            return contact;
        }

        /** The contact of the API's OpenAPI document; each value left out keeps Weerbaar's own. */
        public static class Contact {

            /** Name of the team or person that looks after the API. */
            private String name;

            /** Web page for questions or issues about the API. */
            private String url;

            /** E-mail address for questions about the API. */
            private String email;

            public String getName() {
                return name;
            }

            public void setName(String name) {
                this.name = name;
            }

            public String getUrl() {
                return url;
            }

            public void setUrl(String url) {
                this.url = url;
            }

            public String getEmail() {
                return email;
            }

            public void setEmail(String email) {
                this.email = email;
            }
        }
    }

    /** Reminders and escalations by e-mail. */
    public static class Notifications {

        /** Send reminders and escalations by e-mail when a JavaMailSender is configured (spring.mail.host). */
        private boolean mail = true;

        /** The sender of the e-mails, e.g. weerbaar@gemeente.nl. */
        private String from = "weerbaar@localhost";

        /** Camunda Tasklist as the recipients reach it; each e-mail links to its tasks there. */
        private String tasklistUrl = "http://localhost:8080/camunda/app/tasklist/default/";

        public boolean isMail() {
            return mail;
        }

        public void setMail(boolean mail) {
            this.mail = mail;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTasklistUrl() {
            return tasklistUrl;
        }

        public void setTasklistUrl(String tasklistUrl) {
            this.tasklistUrl = tasklistUrl;
        }
    }
}
