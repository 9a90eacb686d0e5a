package nl.weerbaar.spring.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import nl.weerbaar.spring.monitor.CatalogSummary;
import nl.weerbaar.spring.monitor.GemeenteDashboard;
import nl.weerbaar.spring.monitor.MappedScenario;
import nl.weerbaar.spring.monitor.MonitorContact;
import nl.weerbaar.spring.monitor.MonitoredMeasure;
import nl.weerbaar.spring.monitor.Noodhandboek;
import nl.weerbaar.spring.monitor.PillarSummary;
import nl.weerbaar.spring.monitor.Raadsrapportage;
import nl.weerbaar.spring.monitor.RegionDashboard;
import nl.weerbaar.spring.monitor.ScenarioReadiness;
import nl.weerbaar.spring.monitor.StatusCounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shapes of the monitor's part of the API — dashboard, region dashboard, scenarios, raadsrapportage and
 * noodhandboek — as {@code components.schemas} describes them; every field always written, as {@link ApiModels}.
 */
public final class MonitorModels {

    private MonitorModels() {
    }

    /** Measures by status, and the share of the applicable ones that is done. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StatusCountsView(int done, int inProgress, int overdue, int notStarted, int notApplicable,
                                   int unreadable, int total, int applicable, int percentDone) {

        static StatusCountsView of(StatusCounts counts) {
            return new StatusCountsView(counts.done(), counts.inProgress(), counts.overdue(), counts.notStarted(),
                    counts.notApplicable(), counts.unreadable(), counts.total(), counts.applicable(),
                    counts.percentDone());
        }
    }

    /** A pillar's measures by status. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PillarCountsView(int number, String name, String authority, StatusCountsView counts) {

        static List<PillarCountsView> of(List<PillarSummary> pillars) {
            return pillars.stream().map(p -> new PillarCountsView(p.number(), p.name(), p.authority(),
                    StatusCountsView.of(p.counts()))).toList();
        }
    }

    /** The catalog a report is about. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CatalogSummaryView(String urn, String title, int version, String publisher,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate published,
                                     int overlays) {

        static CatalogSummaryView of(CatalogSummary catalog) {
            return new CatalogSummaryView(catalog.urn(), catalog.title(), catalog.version(), catalog.publisher(),
                    catalog.published(), catalog.overlays());
        }
    }

    /** One measure on the gemeente's dashboard. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DashboardMeasureView(String ref, String title, int pillar, boolean mostCrucial, boolean regionLed,
                                       String status, String statusLabel, String lifecycleStatus, String owner,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate dueDate,
                                       String processInstanceId, List<String> openTaskIds) {

        static DashboardMeasureView of(MonitoredMeasure m, Locale locale) {
            return new DashboardMeasureView(m.ref(), m.title(), m.pillar(), m.mostCrucial(), m.regionLed(),
                    m.status().name(), m.status().label(locale), m.lifecycleStatus(), m.owner(), m.dueDate(),
                    m.processInstanceId(), m.openTasks().stream().map(MonitoredMeasure.OpenTask::id).toList());
        }

        static List<DashboardMeasureView> of(List<MonitoredMeasure> measures, Locale locale) {
            return measures.stream().map(m -> of(m, locale)).toList();
        }
    }

    /** Whether a scenario's noodhandboek was printed, and whether it has changed since. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NoodhandboekStateView(String scenario, String name,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime lastPrintedAt,
                                        String lastPrintedBy, boolean changedSincePrint) {

        static List<NoodhandboekStateView> of(List<GemeenteDashboard.NoodhandboekState> states, ZoneId zone) {
            return states.stream().map(s -> new NoodhandboekStateView(s.scenario(), s.name(),
                    moment(s.lastPrintedAt(), zone), s.lastPrintedBy(), s.changedSincePrint())).toList();
        }
    }

    /** The calling gemeente's dashboard. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DashboardView(String tenant, String name, String region, CatalogSummaryView catalog,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date, StatusCountsView total,
                                List<PillarCountsView> pillars, List<DashboardMeasureView> measures,
                                List<NoodhandboekStateView> noodhandboeken) {

        static DashboardView of(GemeenteDashboard d, Locale locale, ZoneId zone) {
            return new DashboardView(d.tenant(), d.name(), d.region(), CatalogSummaryView.of(d.catalog()), d.date(),
                    StatusCountsView.of(d.total()), PillarCountsView.of(d.pillars()),
                    DashboardMeasureView.of(d.measures(), locale), NoodhandboekStateView.of(d.noodhandboeken(), zone));
        }
    }

    /** A measure as a column of the region's matrix. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RegionMeasureView(String ref, String title, int pillar, boolean mostCrucial, boolean regionLed) {
    }

    /** One member's status of one measure. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RegionCellView(String ref, String status, String statusLabel, boolean executedByRegion) {
    }

    /** A member gemeente: its counts and each measure's status, nothing more. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RegionMemberView(String tenant, String name, StatusCountsView total, List<PillarCountsView> pillars,
                                   List<RegionCellView> measures) {
    }

    /** The calling veiligheidsregio's roll-up of its members. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RegionDashboardView(String region, String name,
                                      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
                                      StatusCountsView total, List<RegionMeasureView> measures,
                                      List<RegionMemberView> members) {

        static RegionDashboardView of(RegionDashboard r, Locale locale) {
            return new RegionDashboardView(r.region(), r.name(), r.date(), StatusCountsView.of(r.total()),
                    r.measures().stream().map(c -> new RegionMeasureView(c.ref(), c.title(), c.pillar(),
                            c.mostCrucial(), r.regionLed().contains(c))).toList(),
                    r.members().stream().map(m -> new RegionMemberView(m.tenant(), m.name(),
                            StatusCountsView.of(m.total()), PillarCountsView.of(m.pillars()),
                            r.measures().stream().filter(c -> m.status(c.ref()) != null)
                                    .map(c -> new RegionCellView(c.ref(), m.status(c.ref()).name(),
                                            m.status(c.ref()).label(locale), m.executedByRegion(c.ref())))
                                    .toList())).toList());
        }
    }

    /** A measure a scenario calls on, where it stands, and where the link comes from. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ScenarioMeasureView(String ref, String title, String status, String statusLabel, String basis,
                                      String reason) {
    }

    /** A scenario and how ready the gemeente is for it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ScenarioView(String code, String name, StatusCountsView counts,
                               List<ScenarioMeasureView> measures) {

        static ScenarioView of(ScenarioReadiness r, Locale locale) {
            return new ScenarioView(r.scenario().code(), r.scenario().name(locale), StatusCountsView.of(r.counts()),
                    r.measures().stream().map(m -> {
                        MappedScenario.Link link = r.link(m.ref());
                        return new ScenarioMeasureView(m.ref(), m.title(), m.status().name(), m.status().label(locale),
                                link.basis(), link.reason());
                    }).toList());
        }
    }

    /** A measure found not applicable, its reason and its approval. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NotApplicableView(String ref, String title, String reason, String approvedBy,
                                    @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime approvedAt,
                                    String comment) {
    }

    /** The raadsrapportage. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RaadsrapportageView(String tenant, String name,
                                      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
                                      CatalogSummaryView catalog, StatusCountsView total,
                                      List<PillarCountsView> pillars, List<DashboardMeasureView> mostCrucial,
                                      List<NotApplicableView> notApplicable, List<DashboardMeasureView> overdue,
                                      List<DashboardMeasureView> next, List<DashboardMeasureView> measures) {

        static RaadsrapportageView of(Raadsrapportage r, Locale locale, ZoneId zone) {
            GemeenteDashboard d = r.dashboard();
            return new RaadsrapportageView(d.tenant(), d.name(), d.date(), CatalogSummaryView.of(d.catalog()),
                    StatusCountsView.of(d.total()), PillarCountsView.of(d.pillars()),
                    DashboardMeasureView.of(d.mostCrucial(), locale),
                    r.notApplicable().stream().map(n -> new NotApplicableView(n.ref(), n.title(), n.reason(),
                            n.approvedBy(), moment(n.approvedAt(), zone), n.comment())).toList(),
                    DashboardMeasureView.of(d.overdue(), locale), DashboardMeasureView.of(r.next(), locale),
                    DashboardMeasureView.of(d.measures(), locale));
        }
    }

    /** A contact as the noodhandboek prints it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContactView(String name, String function, String phone, String email, String user, String party) {

        static List<ContactView> of(List<MonitorContact> contacts) {
            return contacts.stream().map(c -> new ContactView(c.name(), c.function(), c.phone(), c.email(), c.user(),
                    c.party())).toList();
        }
    }

    /** What to do for one measure in a crisis phase. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActionCardView(String ref, String title, String text, String status, String statusLabel,
                                 String owner, List<ContactView> ownerContacts, List<String> responsible,
                                 List<String> partners, List<ContactView> partyContacts) {
    }

    /** A crisis phase and its action cards. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NoodhandboekPhaseView(String phase, String label, List<ActionCardView> cards) {
    }

    /** A noodsteunpunt as the noodhandboek lists it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NoodsteunpuntView(String name, String status, String statusLabel, String buildingName,
                                    String address, String keeperName, String keeperPhone, String regionContact,
                                    List<String> facilities, Boolean analogueCommunication, String facilitiesNote) {
    }

    /** The noodhandboek of the calling gemeente for one scenario. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NoodhandboekView(String tenant, String gemeente, String scenario, String scenarioName,
                                   @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime generatedAt,
                                   String fingerprint, List<NoodhandboekPhaseView> phases,
                                   List<NoodsteunpuntView> noodsteunpunten, List<ContactView> contacts) {

        static NoodhandboekView of(Noodhandboek n, Locale locale, ZoneId zone) {
            return new NoodhandboekView(n.tenant(), n.gemeente(), n.scenario().code(), n.scenario().name(locale),
                    moment(n.generatedAt(), zone), n.fingerprint(),
                    n.phases().stream().map(p -> new NoodhandboekPhaseView(p.phase().name(), p.phase().label(locale),
                            p.cards().stream().map(c -> new ActionCardView(c.ref(), c.title(), c.text(),
                                    c.status().name(), c.status().label(locale), c.owner(),
                                    ContactView.of(c.ownerContacts()), c.responsible(), c.partners(),
                                    ContactView.of(c.partyContacts()))).toList())).toList(),
                    n.noodsteunpunten().stream().map(s -> new NoodsteunpuntView(s.name(), s.status(), s.statusLabel(),
                            s.buildingName(), s.address(), s.keeperName(), s.keeperPhone(), s.regionContact(),
                            s.facilities(), s.analogueCommunication(), s.facilitiesNote())).toList(),
                    ContactView.of(n.contacts()));
        }
    }

    static OffsetDateTime moment(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
