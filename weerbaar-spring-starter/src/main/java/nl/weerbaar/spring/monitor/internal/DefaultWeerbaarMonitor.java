package nl.weerbaar.spring.monitor.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntProcess;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntStatus;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntVariables;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.catalog.Pillar;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.spring.monitor.CatalogSummary;
import nl.weerbaar.spring.monitor.GemeenteDashboard;
import nl.weerbaar.spring.monitor.GemeenteDashboard.NoodhandboekState;
import nl.weerbaar.spring.monitor.MappedScenario;
import nl.weerbaar.spring.monitor.MeasureHistory;
import nl.weerbaar.spring.monitor.MonitorContact;
import nl.weerbaar.spring.monitor.MonitorMessages;
import nl.weerbaar.spring.monitor.MonitorRefusal;
import nl.weerbaar.spring.monitor.MonitoredMeasure;
import nl.weerbaar.spring.monitor.MonitoredMeasure.OpenTask;
import nl.weerbaar.spring.monitor.Noodhandboek;
import nl.weerbaar.spring.monitor.Noodhandboek.ActionCard;
import nl.weerbaar.spring.monitor.Noodhandboek.NoodsteunpuntCard;
import nl.weerbaar.spring.monitor.Noodhandboek.PhaseSection;
import nl.weerbaar.spring.monitor.NoodhandboekPrints;
import nl.weerbaar.spring.monitor.PillarSummary;
import nl.weerbaar.spring.monitor.Raadsrapportage;
import nl.weerbaar.spring.monitor.RegionDashboard;
import nl.weerbaar.spring.monitor.ScenarioMapping;
import nl.weerbaar.spring.monitor.ScenarioReadiness;
import nl.weerbaar.spring.monitor.StatusCounts;
import nl.weerbaar.spring.monitor.WeerbaarMonitor;
import nl.weerbaar.spring.progress.MeasureProgress;
import nl.weerbaar.spring.progress.MeasureProgressService;
import nl.weerbaar.spring.progress.ProgressStatus;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The monitor as the engine knows it. A gemeente's figures are read as the caller (Camunda's authorization and tenant
 * checks apply, as for the API's progress); a veiligheidsregio's roll-up is read without them, because the region
 * has no rights in its members' tenants, and reduced here to statuses and counts before anything leaves.
 */
public final class DefaultWeerbaarMonitor implements WeerbaarMonitor {

    /** The decision and the comment each task of the measure lifecycle records, by task id in the model. */
    private static final Map<String, String[]> DECISIONS = Map.of(
            MeasureProcessModel.INTAKE, new String[] {MeasureVariables.APPLICABILITY,
                    MeasureVariables.NOT_APPLICABLE_REASON},
            MeasureProcessModel.NOT_APPLICABLE_REVIEW, new String[] {MeasureVariables.NOT_APPLICABLE_DECISION,
                    MeasureVariables.NOT_APPLICABLE_COMMENT},
            MeasureProcessModel.REVIEW, new String[] {MeasureVariables.REVIEW_DECISION,
                    MeasureVariables.REVIEW_COMMENT},
            MeasureProcessModel.RE_REVIEW, new String[] {MeasureVariables.RE_REVIEW_DECISION,
                    MeasureVariables.RE_REVIEW_COMMENT},
            MeasureProcessModel.ESCALATION, new String[] {null, MeasureVariables.ESCALATION_ACTION});
    private static final List<String> NOODSTEUNPUNT_VARIABLES = List.of(NoodsteunpuntVariables.NAME,
            NoodsteunpuntVariables.STATUS, NoodsteunpuntVariables.STREET, NoodsteunpuntVariables.HOUSE_NUMBER,
            NoodsteunpuntVariables.POSTCODE, NoodsteunpuntVariables.NEIGHBOURHOOD, NoodsteunpuntVariables.BUILDING_NAME,
            NoodsteunpuntVariables.KEEPER_NAME, NoodsteunpuntVariables.KEEPER_PHONE,
            NoodsteunpuntVariables.REGION_CONTACT, NoodsteunpuntVariables.INFORMATION_BOARD,
            NoodsteunpuntVariables.ANALOGUE_COMMUNICATION, NoodsteunpuntVariables.EMERGENCY_POWER,
            NoodsteunpuntVariables.DRINKING_WATER, NoodsteunpuntVariables.DRINKING_WATER_LITRES_PER_DAY,
            NoodsteunpuntVariables.FIRST_AID, NoodsteunpuntVariables.FACILITIES_NOTE);
    private static final String REGION_PARTY = "veiligheidsregios";

    private final ProcessEngine engine;
    private final MeasureProgressService progress;
    private final TenantCatalogs catalogs;
    private final TenantDirectory directory;
    private final WeerbaarTenants tenants;
    private final ScenarioMapping scenarios;
    private final NoodhandboekPrints prints;
    private final Map<String, List<MonitorContact>> contacts;
    private final ZoneId zone;

    /**
     * @param directory which tenant is a veiligheidsregio and who its members are, as routing and directory scope
     *                  have it
     * @param tenants   the configured tenants, for their names
     */
    public DefaultWeerbaarMonitor(ProcessEngine engine, MeasureProgressService progress, TenantCatalogs catalogs,
                                  TenantDirectory directory, WeerbaarTenants tenants, ScenarioMapping scenarios,
                                  NoodhandboekPrints prints, Map<String, List<MonitorContact>> contacts,
                                  ZoneId zone) {
        this.engine = engine;
        this.progress = progress;
        this.catalogs = catalogs;
        this.directory = directory;
        this.tenants = tenants;
        this.scenarios = scenarios;
        this.prints = prints;
        this.contacts = Map.copyOf(contacts);
        this.zone = zone;
    }

    @Override
    public boolean isRegion(String tenantId) {
        return directory.isRegion(tenantId);
    }

    @Override
    public GemeenteDashboard dashboard(String gemeente, Locale locale) {
        requireGemeente(gemeente, locale);
        List<MonitoredMeasure> measures = measures(gemeente, locale, true);
        return dashboard(gemeente, measures, noodhandboekStates(gemeente, measures, locale), locale);
    }

    private GemeenteDashboard dashboard(String gemeente, List<MonitoredMeasure> measures,
                                        List<NoodhandboekState> states, Locale locale) {
        EffectiveCatalog catalog = catalogs.forTenant(gemeente);
        return new GemeenteDashboard(gemeente, name(gemeente), directory.regionOf(gemeente).orElse(null),
                summary(catalog), today(),
                StatusCounts.of(measures.stream().map(MonitoredMeasure::status).toList()),
                pillars(catalog, measures.stream().collect(Collectors.groupingBy(MonitoredMeasure::pillar,
                        Collectors.mapping(MonitoredMeasure::status, Collectors.toList()))), locale),
                measures, states);
    }

    @Override
    public RegionDashboard region(String region, Locale locale) {
        if (!directory.isRegion(region)) {
            throw new MonitorRefusal(403, MonitorMessages.get(locale, "refusal.not-a-region", region));
        }
        List<String> members = directory.gemeentenOf(region);
        Map<String, List<MeasureProgress>> all = CrossTenant.call(engine.getRuntimeService(),
                () -> progress.progress(members));
        EffectiveCatalog catalog = catalogs.forTenant(region);
        List<RegionDashboard.Column> columns = catalog.asMeasures().stream()
                .map(m -> new RegionDashboard.Column(m.ref(), m.title(locale), m.pillar().number(), m.mostCrucial(),
                        m.isResponsible(REGION_PARTY))).toList();
        // The names in one read: with tenants from the identity service each lookup lists every tenant.
        Map<String, String> names = new HashMap<>();
        tenants.all().forEach(tenant -> {
            if (tenant.name() != null) {
                names.put(tenant.id(), tenant.name());
            }
        });
        List<RegionDashboard.Member> rows = new ArrayList<>();
        for (String member : members) {
            List<MeasureProgress> memberProgress = all.getOrDefault(member, List.of());
            Map<String, ProgressStatus> statuses = new LinkedHashMap<>();
            memberProgress.forEach(p -> statuses.put(p.ref(), p.status()));
            rows.add(new RegionDashboard.Member(member, names.get(member),
                    StatusCounts.of(statuses.values()),
                    pillars(catalogs.forTenant(member), memberProgress.stream().collect(Collectors.groupingBy(
                            MeasureProgress::pillar, Collectors.mapping(MeasureProgress::status,
                                    Collectors.toList()))), locale),
                    statuses, memberProgress.stream().filter(p -> region.equals(p.executedBy()))
                            .map(MeasureProgress::ref).collect(Collectors.toSet())));
        }
        return new RegionDashboard(region, names.get(region), today(), catalog.catalog().pillars().stream()
                .map(p -> new RegionDashboard.PillarRef(p.number(), p.name(locale))).toList(), columns, rows);
    }

    @Override
    public List<ScenarioReadiness> readiness(String gemeente, Locale locale) {
        requireGemeente(gemeente, locale);
        List<MonitoredMeasure> measures = measures(gemeente, locale, false);
        return scenarios.scenarios(gemeente).stream().map(s -> readiness(s, measures)).toList();
    }

    @Override
    public ScenarioReadiness readiness(String gemeente, String scenario, Locale locale) {
        requireGemeente(gemeente, locale);
        MappedScenario mapped = scenario(gemeente, scenario, locale);
        return readiness(mapped, measures(gemeente, locale, false));
    }

    private static ScenarioReadiness readiness(MappedScenario scenario, List<MonitoredMeasure> measures) {
        Set<String> refs = Set.copyOf(scenario.refs());
        List<MonitoredMeasure> mapped = measures.stream().filter(m -> refs.contains(m.ref())).toList();
        return new ScenarioReadiness(scenario, StatusCounts.of(mapped.stream().map(MonitoredMeasure::status).toList()),
                mapped);
    }

    @Override
    public MeasureHistory history(String gemeente, String ref, Locale locale) {
        requireGemeente(gemeente, locale);
        MonitoredMeasure measure = measures(gemeente, locale, true).stream().filter(m -> m.ref().equals(ref))
                .findFirst().orElseThrow(() -> new MonitorRefusal(404,
                        MonitorMessages.get(locale, "refusal.unknown-measure", ref)));
        HistoryService history = engine.getHistoryService();
        String businessKey = MeasureLifecycle.businessKey(gemeente, ref);
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(MeasureProcess.KEY).tenantIdIn(gemeente)
                .processInstanceBusinessKey(businessKey).finished().orderByHistoricTaskInstanceEndTime().asc().list();
        List<String> lifecycles = history.createHistoricProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY)
                .tenantIdIn(gemeente).processInstanceBusinessKey(businessKey).list().stream()
                .map(HistoricProcessInstance::getId).toList();
        List<HistoricDetail> details = lifecycles.isEmpty() ? List.of() : history.createHistoricDetailQuery()
                .variableUpdates().processInstanceIdIn(lifecycles.toArray(String[]::new)).list();
        List<MeasureHistory.Entry> entries = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            if (task.getDeleteReason() != null && !"completed".equals(task.getDeleteReason())) {
                continue;
            }
            String[] recorded = DECISIONS.getOrDefault(task.getTaskDefinitionKey(), new String[] {null, null});
            entries.add(new MeasureHistory.Entry(task.getProcessInstanceId(), task.getName(),
                    task.getTaskDefinitionKey(), task.getAssignee(), task.getEndTime().toInstant(),
                    text(recordedWith(task, details, recorded[0])), text(recordedWith(task, details, recorded[1]))));
        }
        return new MeasureHistory(measure, entries);
    }

    /** The value the task's completion set for the variable: by its activity instance, else by its end time. */
    private static Object recordedWith(HistoricTaskInstance task, List<HistoricDetail> details, String variable) {
        if (variable == null) {
            return null;
        }
        HistoricVariableUpdate byTime = null;
        for (HistoricDetail detail : details) {
            if (!(detail instanceof HistoricVariableUpdate update) || !variable.equals(update.getVariableName())
                    || !task.getProcessInstanceId().equals(update.getProcessInstanceId())) {
                continue;
            }
            if (task.getId().equals(update.getTaskId())
                    || task.getActivityInstanceId().equals(update.getActivityInstanceId())) {
                return update.getValue();
            }
            long gap = task.getEndTime().getTime() - update.getTime().getTime();
            if (gap >= 0 && gap <= 1000) {
                byTime = update;
            }
        }
        return byTime == null ? null : byTime.getValue();
    }

    @Override
    public Raadsrapportage raadsrapportage(String gemeente, Locale locale) {
        requireGemeente(gemeente, locale);
        // The report shows neither open tasks nor the noodhandboeken's print state.
        GemeenteDashboard dashboard = dashboard(gemeente, measures(gemeente, locale, false), List.of(), locale);
        List<MonitoredMeasure> notApplicable = dashboard.measures().stream()
                .filter(m -> m.status() == ProgressStatus.NOT_APPLICABLE).toList();
        List<Raadsrapportage.NotApplicable> decisions = new ArrayList<>();
        if (!notApplicable.isEmpty()) {
            HistoryService history = engine.getHistoryService();
            String[] ids = notApplicable.stream().map(MonitoredMeasure::processInstanceId).toArray(String[]::new);
            Map<String, Map<String, Object>> values = new HashMap<>();
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ids).variableNameIn(MeasureVariables.NOT_APPLICABLE_REASON,
                            MeasureVariables.NOT_APPLICABLE_COMMENT).list()) {
                values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
            Map<String, HistoricTaskInstance> approvals = new HashMap<>();
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .processDefinitionKey(MeasureProcess.KEY).tenantIdIn(gemeente)
                    .taskDefinitionKey(MeasureProcessModel.NOT_APPLICABLE_REVIEW).finished()
                    .orderByHistoricTaskInstanceEndTime().asc().list()) {
                approvals.put(task.getProcessInstanceId(), task);
            }
            for (MonitoredMeasure measure : notApplicable) {
                Map<String, Object> recorded = values.getOrDefault(measure.processInstanceId(), Map.of());
                HistoricTaskInstance approval = approvals.get(measure.processInstanceId());
                decisions.add(new Raadsrapportage.NotApplicable(measure.ref(), measure.title(),
                        text(recorded.get(MeasureVariables.NOT_APPLICABLE_REASON)),
                        approval == null ? null : approval.getAssignee(),
                        approval == null ? null : approval.getEndTime().toInstant(),
                        text(recorded.get(MeasureVariables.NOT_APPLICABLE_COMMENT))));
            }
        }
        List<MonitoredMeasure> next = new ArrayList<>(dashboard.measures().stream()
                .filter(m -> m.status() == ProgressStatus.OVERDUE || m.status() == ProgressStatus.IN_PROGRESS)
                .sorted(Comparator.comparing(MonitoredMeasure::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
        dashboard.measures().stream().filter(m -> m.mostCrucial() && m.status() == ProgressStatus.NOT_STARTED)
                .forEach(next::add);
        return new Raadsrapportage(dashboard, decisions, next);
    }

    @Override
    public List<NoodhandboekState> noodhandboeken(String gemeente, Locale locale) {
        requireGemeente(gemeente, locale);
        return noodhandboekStates(gemeente, measures(gemeente, locale, false), locale);
    }

    @Override
    public Noodhandboek noodhandboek(String gemeente, String scenario, Locale locale) {
        requireGemeente(gemeente, locale);
        MappedScenario mapped = scenario(gemeente, scenario, locale);
        return noodhandboek(gemeente, mapped, measures(gemeente, locale, false), noodsteunpunten(gemeente), locale);
    }

    @Override
    public Noodhandboek printNoodhandboek(String gemeente, String scenario, String userId, Locale locale) {
        Noodhandboek handbook = noodhandboek(gemeente, scenario, locale);
        prints.record(gemeente, handbook.scenario().code(), new NoodhandboekPrints.Print(handbook.generatedAt(),
                userId, handbook.fingerprint()));
        return handbook;
    }

    private Noodhandboek noodhandboek(String gemeente, MappedScenario scenario, List<MonitoredMeasure> measures,
                                      List<Map<String, Object>> noodsteunpunten, Locale locale) {
        EffectiveCatalog catalog = catalogs.forTenant(gemeente);
        List<MonitorContact> known = contacts.getOrDefault(gemeente, List.of());
        List<PhaseSection> phases = new ArrayList<>();
        for (Phase phase : Noodhandboek.PHASES) {
            phases.add(new PhaseSection(phase, cards(gemeente, catalog, scenario, measures, phase)));
        }
        return new Noodhandboek(gemeente, name(gemeente), scenario, ClockUtil.getCurrentTime().toInstant(), phases,
                cards(noodsteunpunten, locale), known, fingerprint(gemeente, catalog, scenario, phases,
                noodsteunpunten));
    }

    /** The action cards of the scenario's measures in the phase; the measures' texts in their own language. */
    private List<ActionCard> cards(String gemeente, EffectiveCatalog catalog, MappedScenario scenario,
                                   List<MonitoredMeasure> measures, Phase phase) {
        Set<String> refs = Set.copyOf(scenario.refs());
        List<MonitorContact> known = contacts.getOrDefault(gemeente, List.of());
        List<ActionCard> cards = new ArrayList<>();
        for (MonitoredMeasure measure : measures) {
            if (!refs.contains(measure.ref()) || measure.status() == ProgressStatus.NOT_APPLICABLE
                    || !measure.phases().contains(phase)) {
                continue;
            }
            Measure source = catalog.get(measure.ref()).measure();
            Set<String> parties = new HashSet<>();
            source.responsible().forEach(p -> parties.add(p.code()));
            source.partners().forEach(p -> parties.add(p.code()));
            cards.add(new ActionCard(measure.ref(), measure.title(), measure.text(), measure.status(),
                    measure.owner(),
                    known.stream().filter(c -> c.user() != null && c.user().equals(measure.owner())).toList(),
                    measure.responsible(), measure.partners(),
                    known.stream().filter(c -> c.party() != null && parties.contains(c.party())).toList()));
        }
        return cards;
    }

    /**
     * A digest of what the handbook says, free of the language it is shown in: the scenario's code and refs, per card
     * its ref, status, owner and contacts, the noodsteunpunten's recorded values, the contacts and the catalog's
     * identity (its texts are fixed by URN, version and overlays). A print in one language is current in the other.
     */
    private String fingerprint(String gemeente, EffectiveCatalog catalog, MappedScenario scenario,
                               List<PhaseSection> phases, List<Map<String, Object>> noodsteunpunten) {
        StringBuilder content = new StringBuilder().append(scenario.code()).append('\n').append(scenario.refs())
                .append('\n').append(catalog.urn()).append('|').append(catalog.catalog().version()).append('|')
                .append(catalog.overlays().size()).append('\n');
        for (PhaseSection section : phases) {
            content.append(section.phase()).append(':');
            for (ActionCard card : section.cards()) {
                content.append(card.ref()).append('|').append(card.status()).append('|').append(card.owner())
                        .append('|').append(card.ownerContacts()).append('|').append(card.partyContacts())
                        .append(';');
            }
            content.append('\n');
        }
        noodsteunpunten.stream().map(values -> new TreeMap<>(values).toString()).sorted()
                .forEach(values -> content.append(values).append('\n'));
        content.append(contacts.getOrDefault(gemeente, List.of()));
        return digest(content.toString());
    }

    private List<NoodhandboekState> noodhandboekStates(String gemeente, List<MonitoredMeasure> measures,
                                                       Locale locale) {
        List<MappedScenario> mapped = scenarios.scenarios(gemeente);
        if (mapped.isEmpty()) {
            return List.of();
        }
        Map<String, NoodhandboekPrints.Print> last = prints.last(gemeente,
                mapped.stream().map(MappedScenario::code).toList());
        EffectiveCatalog catalog = catalogs.forTenant(gemeente);
        List<Map<String, Object>> noodsteunpunten = noodsteunpunten(gemeente);
        List<NoodhandboekState> states = new ArrayList<>();
        for (MappedScenario scenario : mapped) {
            List<PhaseSection> phases = Noodhandboek.PHASES.stream().map(phase -> new PhaseSection(phase,
                    cards(gemeente, catalog, scenario, measures, phase))).toList();
            String fingerprint = fingerprint(gemeente, catalog, scenario, phases, noodsteunpunten);
            NoodhandboekPrints.Print print = last.get(scenario.code());
            states.add(new NoodhandboekState(scenario.code(), scenario.name(locale),
                    print == null ? null : print.printedAt(),
                    print == null ? null : print.printedBy(),
                    print != null && !print.fingerprint().equals(fingerprint), fingerprint));
        }
        return states;
    }

    /** Every measure of the gemeente with its progress; with its open tasks as the caller may see them. */
    private List<MonitoredMeasure> measures(String gemeente, Locale locale, boolean withTasks) {
        EffectiveCatalog catalog = catalogs.forTenant(gemeente);
        Map<String, List<OpenTask>> tasks = new HashMap<>();
        if (withTasks) {
            for (Task task : engine.getTaskService().createTaskQuery().processDefinitionKey(MeasureProcess.KEY)
                    .tenantIdIn(gemeente).orderByTaskCreateTime().asc().list()) {
                tasks.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>())
                        .add(new OpenTask(task.getId(), task.getName()));
            }
        }
        List<MonitoredMeasure> measures = new ArrayList<>();
        for (MeasureProgress p : progress.progress(gemeente)) {
            Measure measure = catalog.get(p.ref()).measure();
            measures.add(new MonitoredMeasure(p.ref(), measure.title(locale), measure.text(locale), p.pillar(),
                    measure.mostCrucial(), measure.isResponsible(REGION_PARTY), measure.phases(),
                    names(measure.responsible(), locale), names(measure.partners(), locale), p.status(),
                    p.lifecycleStatus(), p.owner(), p.dueDate(), p.processInstanceId(),
                    p.processInstanceId() == null ? List.of()
                            : tasks.getOrDefault(p.processInstanceId(), List.of())));
        }
        return measures;
    }

    /** Each noodsteunpunt's recorded values, as the process holds them. */
    private List<Map<String, Object>> noodsteunpunten(String gemeente) {
        List<ProcessInstance> instances = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(NoodsteunpuntProcess.KEY).tenantIdIn(gemeente).list();
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> values = new HashMap<>();
        for (VariableInstance variable : engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(instances.stream().map(ProcessInstance::getId).toArray(String[]::new))
                .variableNameIn(NOODSTEUNPUNT_VARIABLES.toArray(String[]::new)).list()) {
            if (variable.getValue() != null) {
                values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return instances.stream().map(instance -> values.getOrDefault(instance.getId(), Map.of())).toList();
    }

    /** The noodsteunpunten as the handbook lists them, in the language asked for. */
    private static List<NoodsteunpuntCard> cards(List<Map<String, Object>> noodsteunpunten, Locale locale) {
        List<NoodsteunpuntCard> cards = new ArrayList<>();
        for (Map<String, Object> v : noodsteunpunten) {
            String status = text(v.get(NoodsteunpuntVariables.STATUS));
            String street = join(" ", text(v.get(NoodsteunpuntVariables.STREET)),
                    text(v.get(NoodsteunpuntVariables.HOUSE_NUMBER)));
            String address = join(", ", street, text(v.get(NoodsteunpuntVariables.POSTCODE)),
                    text(v.get(NoodsteunpuntVariables.NEIGHBOURHOOD)));
            List<String> facilities = null;
            if (v.containsKey(NoodsteunpuntVariables.INFORMATION_BOARD)) {
                facilities = new ArrayList<>();
                facility(facilities, v, NoodsteunpuntVariables.INFORMATION_BOARD, locale, "facility.information");
                facility(facilities, v, NoodsteunpuntVariables.EMERGENCY_POWER, locale, "facility.emergency-power");
                if (Boolean.TRUE.equals(v.get(NoodsteunpuntVariables.DRINKING_WATER))) {
                    Object litres = v.get(NoodsteunpuntVariables.DRINKING_WATER_LITRES_PER_DAY);
                    facilities.add(litres == null ? MonitorMessages.get(locale, "facility.drinking-water")
                            : MonitorMessages.get(locale, "facility.drinking-water-litres", litres));
                }
                facility(facilities, v, NoodsteunpuntVariables.FIRST_AID, locale, "facility.first-aid");
            }
            Object analogue = v.get(NoodsteunpuntVariables.ANALOGUE_COMMUNICATION);
            cards.add(new NoodsteunpuntCard(text(v.get(NoodsteunpuntVariables.NAME)), status, statusLabel(status,
                    locale), text(v.get(NoodsteunpuntVariables.BUILDING_NAME)), address.isEmpty() ? null : address,
                    text(v.get(NoodsteunpuntVariables.KEEPER_NAME)), text(v.get(NoodsteunpuntVariables.KEEPER_PHONE)),
                    text(v.get(NoodsteunpuntVariables.REGION_CONTACT)), facilities,
                    analogue instanceof Boolean known ? known : null,
                    text(v.get(NoodsteunpuntVariables.FACILITIES_NOTE))));
        }
        cards.sort(Comparator.comparing(NoodsteunpuntCard::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return cards;
    }

    private static void facility(List<String> facilities, Map<String, Object> values, String variable, Locale locale,
                                 String key) {
        if (Boolean.TRUE.equals(values.get(variable))) {
            facilities.add(MonitorMessages.get(locale, key));
        }
    }

    private static String statusLabel(String status, Locale locale) {
        if (status == null) {
            return null;
        }
        try {
            return NoodsteunpuntStatus.valueOf(status).label(locale);
        } catch (IllegalArgumentException e) {
            return status;
        }
    }

    private MappedScenario scenario(String gemeente, String code, Locale locale) {
        List<MappedScenario> mapped = scenarios.scenarios(gemeente);
        return mapped.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new MonitorRefusal(404, mapped.isEmpty()
                        ? MonitorMessages.get(locale, "refusal.unknown-scenario.none-mapped", code)
                        : MonitorMessages.get(locale, "refusal.unknown-scenario", code, mapped.stream()
                                .map(MappedScenario::code).collect(Collectors.joining(", ")))));
    }

    private void requireGemeente(String tenantId, Locale locale) {
        if (isRegion(tenantId)) {
            throw new MonitorRefusal(403, MonitorMessages.get(locale, "refusal.region-has-no-dashboard", tenantId));
        }
    }

    private static List<PillarSummary> pillars(EffectiveCatalog catalog, Map<Integer, List<ProgressStatus>> byPillar,
                                               Locale locale) {
        List<PillarSummary> pillars = new ArrayList<>();
        for (Pillar pillar : catalog.catalog().pillars()) {
            pillars.add(new PillarSummary(pillar.number(), pillar.name(locale), pillar.authority(locale),
                    StatusCounts.of(byPillar.getOrDefault(pillar.number(), List.of()))));
        }
        return pillars;
    }

    private static CatalogSummary summary(EffectiveCatalog catalog) {
        return new CatalogSummary(catalog.urn(), catalog.catalog().title(), catalog.catalog().version(),
                catalog.catalog().publisher(), catalog.catalog().published(), catalog.overlays().size());
    }

    private static List<String> names(List<Party> parties, Locale locale) {
        return parties.stream().map(p -> p.name(locale)).toList();
    }

    /** The tenant's configured name; {@code null} when it has none. */
    private String name(String tenantId) {
        return tenants.find(tenantId).map(WeerbaarTenant::name).orElse(null);
    }

    private LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String join(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining(separator));
    }

    private static String digest(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
