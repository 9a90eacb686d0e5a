package nl.weerbaar.spring.progress;

import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureStatus;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import nl.weerbaar.core.catalog.Measure;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Progress of every measure in a gemeente — or in many at once — computed with a fixed number of queries whatever
 * the number of measures and gemeenten, and starting a measure's lifecycle (at most one active per gemeente and
 * measure) and listing them.
 */
public class MeasureProgressService {

    private static final Logger LOG = LoggerFactory.getLogger(MeasureProgressService.class);

    /** How many instance ids or business keys one query names at most. */
    private static final int ID_CHUNK = 500;

    private final RuntimeService runtime;
    private final HistoryService history;
    private final TenantCatalogs catalogs;
    private final ZoneId zone;
    private final MeasureRoutes routes;

    /** Without rolverdeling: every lifecycle runs in the tenant it is started for. */
    public MeasureProgressService(ProcessEngine engine, TenantCatalogs catalogs, ZoneId zone) {
        this(engine, catalogs, zone, null);
    }

    /** Routed: a gemeente's region-led measures run, and are found, in its region's tenant. */
    public MeasureProgressService(ProcessEngine engine, TenantCatalogs catalogs, ZoneId zone, MeasureRoutes routes) {
        this.runtime = engine.getRuntimeService();
        this.history = engine.getHistoryService();
        this.catalogs = catalogs;
        this.zone = zone;
        this.routes = routes;
    }

    /**
     * Every measure of the tenant's effective catalog with its status, in the guide's order: from the tenant's own
     * lifecycle, or from its region's that carries the measure out for it. Reading is defensive: a lifecycle whose
     * stored values are not what its forms write (a number for the owner, a serialized object) is reported as
     * {@link ProgressStatus#UNREADABLE} and logged, and every other measure is served as usual.
     * <p>
     * Its queries run in one engine command, so Camunda's authorization check reads the table of authorizations (one
     * row per candidate group per task, across all tenants) once per call instead of once per query; of the tenant's
     * own ended lifecycles it reads only the newest of each measure without an active one, a page at a time.
     */
    public List<MeasureProgress> progress(String tenantId) {
        return progress(List.of(tenantId)).get(tenantId);
    }

    /**
     * Every measure of each tenant's effective catalog with its status, in the guide's order, by tenant: a fixed number
     * of queries whatever the number of tenants and measures (the lifecycles under way, their variables, the ended
     * lifecycles and their final status, and — with rolverdeling — whom the regions' lifecycles serve), so a
     * veiligheidsregio's roll-up of its members costs what one gemeente's does. The tenants' own lifecycles are read
     * as the caller; their regions' only as far as they serve them. Reading is defensive as in {@link #progress(String)}.
     * <p>
     * The queries run in one engine command, so Camunda's authorization check reads the table of authorizations (one
     * row per candidate group per task, across all tenants) once per call instead of once per query; of the tenants'
     * own ended lifecycles only the newest of each measure without an active one is read, a page at a time.
     */
    public Map<String, List<MeasureProgress>> progress(Collection<String> tenantIds) {
        if (tenantIds.isEmpty()) {
            return new LinkedHashMap<>();
        }
        if (!(runtime instanceof ServiceImpl service)) {
            throw new IllegalStateException("cannot run a command on " + runtime.getClass().getName());
        }
        return service.getCommandExecutor().execute(context -> computeProgress(tenantIds));
    }

    private Map<String, List<MeasureProgress>> computeProgress(Collection<String> tenantIds) {
        Map<String, List<MeasureProgress>> result = new LinkedHashMap<>();
        String[] own = tenantIds.stream().distinct().toArray(String[]::new);
        Map<String, String> regionOf = new HashMap<>();
        if (routes != null) {
            for (String tenant : own) {
                routes.tenants().regionOf(tenant).ifPresent(region -> regionOf.put(tenant, region));
            }
        }
        String[] regions = regionOf.values().stream().distinct().toArray(String[]::new);

        Map<String, Running> activeByKey = new HashMap<>();
        runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY).tenantIdIn(own).list()
                .forEach(instance -> activeByKey.putIfAbsent(instance.getBusinessKey(),
                        new Running(instance.getId(), instance.getTenantId())));
        List<HistoricProcessInstance> ended = new ArrayList<>(newestEnded(own, activeByKey.keySet()));
        Map<String, List<String>> served = new HashMap<>();
        if (regions.length > 0) {
            // Of the regions, what can decide a member's status: the running lifecycle of each measure, or — where
            // none runs — the newest that ended, each with the gemeenten it served (as a running one does, the newest
            // decides: one that ended before it does not speak for a gemeente it no longer serves). Bounded by the
            // regions' measures, however many of their lifecycles ended over the years.
            CrossTenant.run(runtime, () -> {
                List<String> regional = new ArrayList<>();
                runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY).tenantIdIn(regions)
                        .list().forEach(instance -> {
                            regional.add(instance.getId());
                            activeByKey.putIfAbsent(instance.getBusinessKey(),
                                    new Running(instance.getId(), instance.getTenantId()));
                        });
                List<HistoricProcessInstance> regionEnded = newestEnded(regions, activeByKey.keySet());
                regionEnded.forEach(instance -> regional.add(instance.getId()));
                ended.addAll(regionEnded);
                served.putAll(gemeentenServed(regional));
            });
        }
        // The running lifecycles' values as history holds them (each variable's current value), by instance id: the
        // runtime's variable query joins every tenant's executions, which PostgreSQL hashes whole (7–12 ms at 13,000
        // instances in other tenants, measured; this one reads its rows by index, < 1 ms).
        Map<String, Map<String, TypedValue>> variables = recorded(
                activeByKey.values().stream().map(Running::id).distinct().toList(), MeasureVariables.STATUS,
                MeasureVariables.OWNER, MeasureVariables.DUE_DATE, MeasureVariables.OVERDUE);
        Map<String, List<HistoricProcessInstance>> endedByKey = new HashMap<>();
        ended.forEach(instance -> endedByKey.computeIfAbsent(instance.getBusinessKey(), key -> new ArrayList<>())
                .add(instance));
        Map<String, TypedValue> endedStatus = new HashMap<>();
        recorded(ended.stream().map(HistoricProcessInstance::getId).distinct().toList(), MeasureVariables.STATUS)
                .forEach((id, values) -> endedStatus.put(id, values.get(MeasureVariables.STATUS)));
        for (String tenantId : own) {
            result.put(tenantId, progress(tenantId, regionOf.get(tenantId), served, activeByKey, variables,
                    endedByKey, endedStatus));
        }
        return result;
    }

    private List<MeasureProgress> progress(String tenantId, String region, Map<String, List<String>> served,
                                           Map<String, Running> activeByKey,
                                           Map<String, Map<String, TypedValue>> variables,
                                           Map<String, List<HistoricProcessInstance>> endedByKey,
                                           Map<String, TypedValue> endedStatus) {
        List<MeasureProgress> progress = new ArrayList<>();
        for (Measure measure : catalogs.forTenant(tenantId).asMeasures()) {
            Running instance = activeByKey.get(MeasureLifecycle.businessKey(tenantId, measure.ref()));
            if (instance == null && region != null) {
                Running regional = activeByKey.get(MeasureLifecycle.businessKey(region, measure.ref()));
                if (regional != null && served.getOrDefault(regional.id(), List.of()).contains(tenantId)) {
                    instance = regional;
                }
            }
            if (instance != null) {
                progress.add(running(measure, instance, variables.getOrDefault(instance.id(), Map.of())));
                continue;
            }
            // The last to end of the gemeente's own lifecycles and of its region's that served it.
            List<HistoricProcessInstance> candidates = new ArrayList<>(
                    endedByKey.getOrDefault(MeasureLifecycle.businessKey(tenantId, measure.ref()), List.of()));
            if (region != null) {
                endedByKey.getOrDefault(MeasureLifecycle.businessKey(region, measure.ref()), List.of()).stream()
                        .filter(i -> served.getOrDefault(i.getId(), List.of()).contains(tenantId))
                        .forEach(candidates::add);
            }
            HistoricProcessInstance finished = candidates.stream()
                    .max(Comparator.comparing(HistoricProcessInstance::getEndTime)).orElse(null);
            String endStatus = finished == null ? null : text(endedStatus.get(finished.getId()));
            if (MeasureStatus.NIET_VAN_TOEPASSING.name().equals(endStatus)) {
                progress.add(new MeasureProgress(measure.ref(), measure.title(), measure.pillar().number(),
                        ProgressStatus.NOT_APPLICABLE, endStatus, null, null, finished.getId(),
                        finished.getTenantId()));
            } else {
                progress.add(new MeasureProgress(measure.ref(), measure.title(), measure.pillar().number(),
                        ProgressStatus.NOT_STARTED, null, null, null, null, null));
            }
        }
        return progress;
    }

    /** A running lifecycle's progress, or {@link ProgressStatus#UNREADABLE} when one of its values is not readable. */
    private MeasureProgress running(Measure measure, Running instance, Map<String, TypedValue> values) {
        try {
            String lifecycle = requireText(values.get(MeasureVariables.STATUS), MeasureVariables.STATUS);
            String owner = requireText(values.get(MeasureVariables.OWNER), MeasureVariables.OWNER);
            LocalDate due = requireDate(values.get(MeasureVariables.DUE_DATE));
            TypedValue overdue = values.get(MeasureVariables.OVERDUE);
            return new MeasureProgress(measure.ref(), measure.title(), measure.pillar().number(),
                    status(lifecycle, overdue != null && Boolean.TRUE.equals(plain(overdue)), due), lifecycle, owner,
                    due, instance.id(), instance.tenantId());
        } catch (IllegalArgumentException unreadable) {
            LOG.warn("Progress of measure {} in {}: lifecycle {} has {}", measure.ref(), instance.tenantId(),
                    instance.id(), unreadable.getMessage());
            return new MeasureProgress(measure.ref(), measure.title(), measure.pillar().number(),
                    ProgressStatus.UNREADABLE, text(values.get(MeasureVariables.STATUS)), null, null,
                    instance.id(), instance.tenantId());
        }
    }

    /** A running lifecycle: the gemeente's own or its region's. */
    private record Running(String id, String tenantId) {
    }

    /** The gemeenten each of the lifecycles serves, as history last recorded them, {@value #ID_CHUNK} at a time. */
    private Map<String, List<String>> gemeentenServed(List<String> processInstanceIds) {
        Map<String, List<String>> served = new HashMap<>();
        for (int from = 0; from < processInstanceIds.size(); from += ID_CHUNK) {
            String[] chunk = processInstanceIds.subList(from, Math.min(from + ID_CHUNK, processInstanceIds.size()))
                    .toArray(String[]::new);
            served.putAll(served(history.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk)
                    .variableName(MeasureVariables.SERVED_GEMEENTEN).disableBinaryFetching().list()));
        }
        return served;
    }

    /**
     * The gemeenten each lifecycle serves, as history last recorded them, by process instance. A value the engine
     * cannot read (it says so per value, and answers the query) serves none, and is logged.
     */
    private static Map<String, List<String>> served(List<HistoricVariableInstance> variables) {
        Map<String, List<String>> served = new HashMap<>();
        for (HistoricVariableInstance variable : variables) {
            if (variable.getErrorMessage() != null) {
                LOG.warn("Lifecycle {} in {}: '{}' is not readable ({}); it is taken to serve no gemeente",
                        variable.getProcessInstanceId(), variable.getTenantId(), MeasureVariables.SERVED_GEMEENTEN,
                        variable.getErrorMessage());
            } else if (variable.getValue() instanceof Collection<?> gemeenten) {
                served.put(variable.getProcessInstanceId(), gemeenten.stream().map(String::valueOf).toList());
            }
        }
        return served;
    }

    /**
     * Starts the measure's lifecycle for the gemeente, where its rolverdeling says: in its own tenant, or — for a
     * measure its region leads — in the region's.
     *
     * @throws NoSuchElementException                 when the tenant's catalog has no such measure
     * @throws MeasureLifecycle.AlreadyStartedException when one is active already
     */
    public ProcessInstance start(String tenantId, String ref) {
        requireMeasure(tenantId, ref);
        return new MeasureLifecycle(runtime, routes).start(tenantId, ref);
    }

    /**
     * Starts the measure's lifecycle in the gemeente and describes it as {@link #lifecycle} would; when the caller may
     * start but not read history, from what the start itself tells.
     *
     * @throws NoSuchElementException                 when the tenant's catalog has no such measure
     * @throws MeasureLifecycle.AlreadyStartedException when one is active already
     */
    public Lifecycle startLifecycle(String tenantId, String ref) {
        Instant asked = ClockUtil.getCurrentTime().toInstant();
        // One engine command: the start, and the answer from what the command itself holds (the instance's status
        // variable, its history's start time), not read back in commands of their own. A region's lifecycle the
        // gemeente joined started earlier: that one is described from history.
        Started started = CrossTenant.callChecked(runtime, () -> {
            ProcessInstance instance = start(tenantId, ref);
            HistoricProcessInstanceEventEntity history = Context.getCommandContext().getDbEntityManager()
                    .getCachedEntity(HistoricProcessInstanceEventEntity.class, instance.getId());
            if (history == null && !tenantId.equals(instance.getTenantId())) {
                return new Started(instance, null);
            }
            Object status = CrossTenant.call(runtime, () -> runtime.getVariable(instance.getId(),
                    MeasureVariables.STATUS));
            return new Started(instance, new Lifecycle(instance.getId(), ref, instance.getTenantId(),
                    instance.getBusinessKey(), status == null ? null : status.toString(),
                    history == null || history.getStartTime() == null ? asked : history.getStartTime().toInstant(),
                    null));
        });
        if (started.described() != null) {
            return started.described();
        }
        ProcessInstance instance = started.instance();
        return lifecycle(tenantId, ref, instance.getId()).orElseGet(() -> new Lifecycle(instance.getId(), ref,
                instance.getTenantId(), instance.getBusinessKey(), activeStatus(List.of(instance.getId()))
                .get(instance.getId()), asked, null));
    }

    /** What a start started or joined, and its description when the start's own command could give it. */
    private record Started(ProcessInstance instance, Lifecycle described) {
    }

    /**
     * Starts, in one engine command, the lifecycle of every measure of the gemeente's effective catalog that applies
     * to it ({@code refs} {@code null}) or of the measures named, each as {@link #startLifecycle} would, and says per
     * measure what happened, in the catalog's or the given order; a measure that runs already — also one started at
     * this moment by another call — is reported so, never started twice ({@link MeasureLifecycle#startAll}).
     *
     * @throws NoSuchElementException when the tenant's catalog lacks a measure named
     */
    public List<LifecycleStart> startLifecycles(String tenantId, List<String> refs) {
        List<String> wanted = refs != null ? refs : catalogs.forTenant(tenantId).applicableMeasures().stream()
                .map(Measure::ref).toList();
        List<String> unknown = unknownMeasures(tenantId, wanted);
        if (!unknown.isEmpty()) {
            throw new NoSuchElementException("maatregel " + String.join(", ", unknown)
                    + " bestaat niet in de catalogus");
        }
        Instant started = ClockUtil.getCurrentTime().toInstant();
        List<MeasureLifecycle.Outcome> outcomes = new MeasureLifecycle(runtime, routes).startAll(tenantId, wanted);
        List<String> startedIds = outcomes.stream().filter(o -> o.result() == MeasureLifecycle.Result.STARTED)
                .map(MeasureLifecycle.Outcome::instanceId).distinct().toList();
        Map<String, Instant> startTimes = new HashMap<>();
        Map<String, String> status = new HashMap<>();
        if (!startedIds.isEmpty()) {
            // Only the lifecycles this call started or joined: the gemeente's own, or its region's that serve it.
            CrossTenant.run(runtime, () -> {
                for (int from = 0; from < startedIds.size(); from += ID_CHUNK) {
                    history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(startedIds
                            .subList(from, Math.min(from + ID_CHUNK, startedIds.size())))).list()
                            .forEach(instance -> startTimes.put(instance.getId(), instance.getStartTime().toInstant()));
                }
                status.putAll(activeStatus(startedIds));
            });
        }
        return outcomes.stream().map(outcome -> new LifecycleStart(outcome.ref(), outcome.result(),
                outcome.result() != MeasureLifecycle.Result.STARTED ? null : new Lifecycle(outcome.instanceId(),
                        outcome.ref(), outcome.tenantId(), outcome.businessKey(), status.get(outcome.instanceId()),
                        startTimes.getOrDefault(outcome.instanceId(), started), null),
                outcome.instanceId(), outcome.tenantId(), outcome.reason())).toList();
    }

    /** The refs, of those given, that the tenant's effective catalog does not hold, in the order given. */
    public List<String> unknownMeasures(String tenantId, Collection<String> refs) {
        var catalog = catalogs.forTenant(tenantId);
        return refs.stream().filter(ref -> catalog.find(ref).isEmpty()).distinct().toList();
    }

    /**
     * Every lifecycle of the measure for the gemeente — its own and its region's that served it — under way or
     * ended, the oldest first.
     *
     * @throws NoSuchElementException when the tenant's catalog has no such measure
     */
    public List<Lifecycle> lifecycles(String tenantId, String ref) {
        requireMeasure(tenantId, ref);
        List<HistoricProcessInstance> instances = new ArrayList<>(lifecycleQuery(tenantId, ref)
                .orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc().list());
        instances.addAll(regional(tenantId, ref, null));
        instances.sort(Comparator.comparing(HistoricProcessInstance::getStartTime)
                .thenComparing(HistoricProcessInstance::getId));
        return describe(ref, instances);
    }

    /**
     * One lifecycle of the measure for the gemeente, by its id.
     *
     * @throws NoSuchElementException when the tenant's catalog has no such measure
     */
    public Optional<Lifecycle> lifecycle(String tenantId, String ref, String id) {
        requireMeasure(tenantId, ref);
        HistoricProcessInstance instance = lifecycleQuery(tenantId, ref).processInstanceId(id).singleResult();
        if (instance == null) {
            instance = regional(tenantId, ref, id).stream().findFirst().orElse(null);
        }
        return instance == null ? Optional.empty() : Optional.of(describe(ref, List.of(instance)).get(0));
    }

    /**
     * The newest ended lifecycle in its own tenant of each of the tenants' measures without an active one: only those
     * measures' ended lifecycles, newest first, a page at a time (each twice the last), until every such measure has
     * one or none are left; the business keys are asked {@value #ID_CHUNK} at a time. Years of yearly re-reviews cost
     * one page, not all of them, and a measure that never ended costs nothing beyond the first page.
     */
    private List<HistoricProcessInstance> newestEnded(String[] tenants, Set<String> activeKeys) {
        List<String> wanted = new ArrayList<>();
        for (String tenant : tenants) {
            for (Measure measure : catalogs.forTenant(tenant).asMeasures()) {
                String key = MeasureLifecycle.businessKey(tenant, measure.ref());
                if (!activeKeys.contains(key)) {
                    wanted.add(key);
                }
            }
        }
        List<HistoricProcessInstance> newest = new ArrayList<>();
        for (int from = 0; from < wanted.size(); from += ID_CHUNK) {
            Set<String> open = new HashSet<>(wanted.subList(from, Math.min(from + ID_CHUNK, wanted.size())));
            String[] keys = open.toArray(String[]::new);
            int page = Math.max(2 * open.size(), 10);
            for (int first = 0; !open.isEmpty(); first += page, page *= 2) {
                List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(MeasureProcess.KEY).tenantIdIn(tenants).finished()
                        .processInstanceBusinessKeyIn(keys)
                        .orderByProcessInstanceEndTime().desc().orderByProcessInstanceId().desc()
                        .listPage(first, page);
                for (HistoricProcessInstance instance : found) {
                    if (open.remove(instance.getBusinessKey())) {
                        newest.add(instance);
                    }
                }
                if (found.size() < page) {
                    break;
                }
            }
        }
        return newest;
    }

    private HistoricProcessInstanceQuery lifecycleQuery(String tenantId, String ref) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY)
                .tenantIdIn(tenantId).processInstanceBusinessKey(MeasureLifecycle.businessKey(tenantId, ref));
    }

    /**
     * The lifecycles of the gemeente's region, running or ended, that served the gemeente: every one, or those of
     * one measure, or the one of that measure with the id.
     */
    private List<HistoricProcessInstance> regional(String gemeente, String ref, String id) {
        Optional<String> region = routes == null ? Optional.empty() : routes.tenants().regionOf(gemeente);
        if (region.isEmpty()) {
            return List.of();
        }
        List<HistoricProcessInstance> all = CrossTenant.call(runtime, () -> {
            HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(MeasureProcess.KEY).tenantIdIn(region.get());
            if (ref != null) {
                query.processInstanceBusinessKey(MeasureLifecycle.businessKey(region.get(), ref));
            }
            if (id != null) {
                query.processInstanceId(id);
            }
            return query.list();
        });
        Set<String> serving = serving(all.stream().map(HistoricProcessInstance::getId).toList(), gemeente);
        return all.stream().filter(instance -> serving.contains(instance.getId())).toList();
    }

    /**
     * Of these lifecycles, the ones whose served gemeenten, as history last recorded them, include the gemeente. A
     * value the engine cannot read (it says so per value, and answers the query) serves none, and is logged.
     */
    private Set<String> serving(List<String> processInstanceIds, String gemeente) {
        Set<String> serving = new HashSet<>();
        CrossTenant.call(runtime, () -> gemeentenServed(processInstanceIds))
                .forEach((id, gemeenten) -> {
                    if (gemeenten.contains(gemeente)) {
                        serving.add(id);
                    }
                });
        return serving;
    }

    private List<Lifecycle> describe(String ref, List<HistoricProcessInstance> instances) {
        Map<String, String> status = new HashMap<>(activeStatus(instances.stream().filter(i -> i.getEndTime() == null)
                .map(HistoricProcessInstance::getId).toList()));
        List<String> ended = instances.stream().filter(i -> i.getEndTime() != null)
                .map(HistoricProcessInstance::getId).toList();
        if (!ended.isEmpty()) {
            for (HistoricVariableInstance variable : CrossTenant.call(runtime, () -> history
                    .createHistoricVariableInstanceQuery().processInstanceIdIn(ended.toArray(String[]::new))
                    .variableName(MeasureVariables.STATUS)
                    .disableBinaryFetching().disableCustomObjectDeserialization().list())) {
                status.put(variable.getProcessInstanceId(), text(variable.getTypedValue()));
            }
        }
        return instances.stream().map(instance -> new Lifecycle(instance.getId(), ref, instance.getTenantId(),
                instance.getBusinessKey(), status.get(instance.getId()), instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant())).toList();
    }

    /**
     * The named variables of the process instances as history last recorded them, by instance and name; a page of ids
     * per query, each read by the index on instance id and name.
     */
    private Map<String, Map<String, TypedValue>> recorded(List<String> processInstanceIds, String... names) {
        Map<String, Map<String, TypedValue>> values = new HashMap<>();
        for (int from = 0; from < processInstanceIds.size(); from += ID_CHUNK) {
            String[] chunk = processInstanceIds.subList(from, Math.min(from + ID_CHUNK, processInstanceIds.size()))
                    .toArray(String[]::new);
            for (HistoricVariableInstance variable : CrossTenant.call(runtime, () -> history
                    .createHistoricVariableInstanceQuery().processInstanceIdIn(chunk).variableNameIn(names)
                    .disableBinaryFetching().disableCustomObjectDeserialization().list())) {
                values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getTypedValue());
            }
        }
        return values;
    }

    private Map<String, String> activeStatus(List<String> processInstanceIds) {
        Map<String, String> status = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            for (VariableInstance variable : CrossTenant.call(runtime, () -> runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                    .variableName(MeasureVariables.STATUS)
                    .disableBinaryFetching().disableCustomObjectDeserialization().list())) {
                status.put(variable.getProcessInstanceId(), text(variable.getTypedValue()));
            }
        }
        return status;
    }

    private void requireMeasure(String tenantId, String ref) {
        if (catalogs.forTenant(tenantId).find(ref).isEmpty()) {
            throw new NoSuchElementException("maatregel " + ref + " bestaat niet in de catalogus");
        }
    }

    private ProgressStatus status(String lifecycle, boolean overdue, LocalDate due) {
        if (MeasureStatus.AFGEROND.name().equals(lifecycle)) {
            return ProgressStatus.DONE;
        }
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
        if (overdue || (due != null && due.isBefore(today))) {
            return ProgressStatus.OVERDUE;
        }
        return ProgressStatus.IN_PROGRESS;
    }

    /** The text, or {@code null} when the value is missing, not text or not readable. */
    private static String text(TypedValue value) {
        try {
            return plain(value) instanceof String text ? text : null;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** The text, or {@code null} when missing; anything else is unreadable. */
    private static String requireText(TypedValue value, String name) {
        Object plain = plain(value);
        if (plain == null || plain instanceof String) {
            return (String) plain;
        }
        throw new IllegalArgumentException("'" + name + "' of type " + value.getType().getName() + ", not text");
    }

    /** The due date — a date or ISO text, as the intake form stores it — or {@code null} when missing. */
    private LocalDate requireDate(TypedValue value) {
        Object plain = plain(value);
        if (plain == null) {
            return null;
        }
        if (plain instanceof java.util.Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (plain instanceof String text) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + MeasureVariables.DUE_DATE + "' '" + text + "', not a date");
            }
        }
        throw new IllegalArgumentException("'" + MeasureVariables.DUE_DATE + "' of type " + value.getType().getName()
                + ", not a date");
    }

    /** The plain value; a serialized object or binary value, never deserialized here, is unreadable. */
    private static Object plain(TypedValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()
                || value.getType() == ValueType.BYTES || value.getType() == ValueType.FILE) {
            throw new IllegalArgumentException("a value of type " + value.getType().getName());
        }
        return value.getValue();
    }
}
