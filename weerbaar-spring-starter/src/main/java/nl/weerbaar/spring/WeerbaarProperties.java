package nl.weerbaar.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;
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

    /** The tenants (gemeenten and their veiligheidsregio) to serve; each gets the processes deployed. */
    private List<Tenant> tenants = new ArrayList<>();

    /** Serve every tenant Camunda's identity service knows, in addition to those listed under tenants. */
    private boolean tenantsFromIdentityService = false;

    /** Keys of the processes to deploy; empty means every Weerbaar process. */
    private List<String> processes = new ArrayList<>();

    /** Candidate group per role code (aov-adviseur, bcm-coordinator, griffie, gemeentesecretaris, burgemeester,
     * wethouder, veiligheidsregio); a role not listed uses weerbaar-&lt;code&gt;. */
    private Map<String, String> roles = new LinkedHashMap<>();

    /** How long after approval a measure is reviewed again (ISO 8601 period, e.g. P1Y). */
    private Period reReviewInterval = Period.ofYears(1);

    /** How long before a measure's due date its owner is reminded. */
    private Period reminderBeforeDue = Period.ofWeeks(2);

    /** How long after a noodsteunpunt is declared operational it is tested again. */
    private Period noodsteunpuntRetestInterval = Period.ofYears(1);

    /** The day each year the continuity review starts, as MM-DD (BIO 5.30.01: yearly). */
    private String continuityReviewDate = "01-15";

    /** The zienswijze terms of the Wet gemeenschappelijke regelingen. */
    private final Zienswijze zienswijze = new Zienswijze();

    /** The time zone of due dates and timers. */
    private String zone = "Europe/Amsterdam";

    /** Language of labels and messages: nl (default) or en. */
    private Locale locale = Locale.forLanguageTag("nl");

    /** The REST API under /api/weerbaar. */
    private final Api api = new Api();

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

    public Period getNoodsteunpuntRetestInterval() {
        return noodsteunpuntRetestInterval;
    }

    public void setNoodsteunpuntRetestInterval(Period noodsteunpuntRetestInterval) {
        this.noodsteunpuntRetestInterval = noodsteunpuntRetestInterval;
    }

    public String getContinuityReviewDate() {
        return continuityReviewDate;
    }

    public void setContinuityReviewDate(String continuityReviewDate) {
        this.continuityReviewDate = continuityReviewDate;
    }

    public Zienswijze getZienswijze() {
        return zienswijze;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
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
    }

    /** What kind of organisation a tenant is. */
    public enum TenantType {
        GEMEENTE, VEILIGHEIDSREGIO
    }

    /** Terms of the zienswijze cycle (Wet gemeenschappelijke regelingen, as in force since 1 July 2022). */
    public static class Zienswijze {

        /** Day (MM-DD) by which kaders and provisional annual accounts go to the councils (art. 34b). */
        private String kadersDeadline = "04-30";

        /** How long councils have for their zienswijze (art. 35(3)). */
        private Period term = Period.ofWeeks(12);

        /** How long before the end of the term the griffie is reminded. */
        private Period reminderBefore = Period.ofWeeks(2);

        /** Within how long after adoption the budget goes to Gedeputeerde Staten (art. 34(2)). */
        private Period budgetToProvinceTerm = Period.ofWeeks(2);

        /** Day (MM-DD) by which the budget must be with Gedeputeerde Staten in any case (art. 34(2)). */
        private String budgetToProvinceLatest = "09-15";

        public String getKadersDeadline() {
            return kadersDeadline;
        }

        public void setKadersDeadline(String kadersDeadline) {
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

        public String getBudgetToProvinceLatest() {
            return budgetToProvinceLatest;
        }

        public void setBudgetToProvinceLatest(String budgetToProvinceLatest) {
            this.budgetToProvinceLatest = budgetToProvinceLatest;
        }
    }

    /** The REST API. */
    public static class Api {

        /** Whether the REST API under /api/weerbaar is served (needs Spring MVC). */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
