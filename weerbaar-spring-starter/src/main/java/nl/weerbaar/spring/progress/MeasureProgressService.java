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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

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
 * the number of measures and gemeenten, and starting a measure's lifecycle (at most one active per gemeente and measure) and listing them.
 */
public class MeasureProgressService {

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
     * lifecycle, or from its region's that carries the measure out for it.
     */
    public List<MeasureProgress> progress(String tenantId) {
        return progress(List.of(tenantId)).get(tenantId);
    }

    /**
     * Every measure of each tenant's effective catalog with its status, in the guide's order, by tenant: a fixed number
     * of queries whatever the number of tenants and measures (the lifecycles under way, their variables, the ended
     * lifecycles and their final status, and — with rolverdeling — whom the regions' lifecycles serve), so a
     * veiligheidsregio's roll-up of its members costs what one gemeente's does. The tenants' own lifecycles are read
     * as the caller; their regions' only as far as they serve them.
     */
    public Map<String, List<MeasureProgress>> progress(Collection<String> tenantIds) {
        Map<String, List<MeasureProgress>> result = new LinkedHashMap<>();
        if (tenantIds.isEmpty()) {
            return result;
        }
        String[] own = tenantIds.stream().distinct().toArray(String[]::new);
        Map<String, String> regionOf = new HashMap<>();
        if (routes != null) {
            for (String tenant : own) {
                routes.tenants().regionOf(tenant).ifPresent(region -> regionOf.put(tenant, region));
            }
        }
        String[] regions = regionOf.values().stream().distinct().toArray(String[]::new);

        Map<String, ProcessInstance> activeByKey = new HashMap<>();
        runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY).tenantIdIn(own).list()
                .forEach(instance -> activeByKey.put(instance.getBusinessKey(), instance));
        List<HistoricProcessInstance> ended = new ArrayList<>(history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MeasureProcess.KEY).tenantIdIn(own).finished().list());
        Map<String, List<String>> served = new HashMap<>();
        if (regions.length > 0) {
            CrossTenant.run(runtime, () -> {
                served.putAll(served(history.createHistoricVariableInstanceQuery().tenantIdIn(regions)
                        .variableName(MeasureVariables.SERVED_GEMEENTEN).list()));
                runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY).tenantIdIn(regions)
                        .list().forEach(instance -> activeByKey.putIfAbsent(instance.getBusinessKey(), instance));
                ended.addAll(history.createHistoricProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY)
                        .tenantIdIn(regions).finished().list());
            });
        }
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(own), java.util.Arrays.stream(regions))
                .toArray(String[]::new);

        Map<String, Map<String, Object>> variables = new HashMap<>();
        if (!activeByKey.isEmpty()) {
            Set<String> active = new HashSet<>();
            activeByKey.values().forEach(instance -> active.add(instance.getId()));
            // By tenant rather than by instance id: one query however many lifecycles run, filtered to them here.
            for (VariableInstance variable : CrossTenant.call(runtime, () -> runtime.createVariableInstanceQuery()
                    .tenantIdIn(all).variableNameIn(MeasureVariables.STATUS, MeasureVariables.OWNER,
                            MeasureVariables.DUE_DATE, MeasureVariables.OVERDUE)
                    .list())) {
                if (active.contains(variable.getProcessInstanceId())) {
                    variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                            .put(variable.getName(), variable.getValue());
                }
            }
        }
        ended.sort(Comparator.comparing(HistoricProcessInstance::getEndTime));
        Map<String, List<HistoricProcessInstance>> endedByKey = new HashMap<>();
        ended.forEach(instance -> endedByKey.computeIfAbsent(instance.getBusinessKey(), key -> new ArrayList<>())
                .add(instance));
        Map<String, String> endedStatus = new HashMap<>();
        if (!ended.isEmpty()) {
            Set<String> endedIds = new HashSet<>();
            ended.forEach(instance -> endedIds.add(instance.getId()));
            for (HistoricVariableInstance variable : CrossTenant.call(runtime, () -> history
                    .createHistoricVariableInstanceQuery().processDefinitionKey(MeasureProcess.KEY).tenantIdIn(all)
                    .variableName(MeasureVariables.STATUS).list())) {
                if (endedIds.contains(variable.getProcessInstanceId())) {
                    endedStatus.put(variable.getProcessInstanceId(), (String) variable.getValue());
                }
            }
        }
        for (String tenantId : own) {
            result.put(tenantId, progress(tenantId, regionOf.get(tenantId), served, activeByKey, variables,
                    endedByKey, endedStatus));
        }
        return result;
    }

    private List<MeasureProgress> progress(String tenantId, String region, Map<String, List<String>> served,
                                           Map<String, ProcessInstance> activeByKey,
                                           Map<String, Map<String, Object>> variables,
                                           Map<String, List<HistoricProcessInstance>> endedByKey,
                                           Map<String, String> endedStatus) {
        List<MeasureProgress> progress = new ArrayList<>();
        for (Measure measure : catalogs.forTenant(tenantId).asMeasures()) {
            ProcessInstance instance = activeByKey.get(MeasureLifecycle.businessKey(tenantId, measure.ref()));
            if (instance == null && region != null) {
                ProcessInstance regional = activeByKey.get(MeasureLifecycle.businessKey(region, measure.ref()));
                if (regional != null && served.getOrDefault(regional.getId(), List.of()).contains(tenantId)) {
                    instance = regional;
                }
            }
            if (instance != null) {
                Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
                String lifecycle = (String) values.get(MeasureVariables.STATUS);
                LocalDate due = date(values.get(MeasureVariables.DUE_DATE));
                progress.add(new MeasureProgress(measure.ref(), measure.title(), measure.pillar().number(),
                        status(lifecycle, Boolean.TRUE.equals(values.get(MeasureVariables.OVERDUE)), due), lifecycle,
                        (String) values.get(MeasureVariables.OWNER), due, instance.getId(), instance.getTenantId()));
                continue;
            }
            // The last to end of the gemeente's own lifecycles and of its region's that served it.
            HistoricProcessInstance finished = null;
            List<HistoricProcessInstance> candidates = new ArrayList<>(
                    endedByKey.getOrDefault(MeasureLifecycle.businessKey(tenantId, measure.ref()), List.of()));
            if (region != null) {
                endedByKey.getOrDefault(MeasureLifecycle.businessKey(region, measure.ref()), List.of()).stream()
                        .filter(i -> served.getOrDefault(i.getId(), List.of()).contains(tenantId))
                        .forEach(candidates::add);
            }
            for (HistoricProcessInstance candidate : candidates) {
                if (finished == null || !candidate.getEndTime().before(finished.getEndTime())) {
                    finished = candidate;
                }
            }
            String endStatus = finished == null ? null : endedStatus.get(finished.getId());
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

    /** The gemeenten each lifecycle serves, as history last recorded them, by process instance. */
    private static Map<String, List<String>> served(List<HistoricVariableInstance> variables) {
        Map<String, List<String>> served = new HashMap<>();
        for (HistoricVariableInstance variable : variables) {
            if (variable.getValue() instanceof Collection<?> gemeenten) {
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
        Instant started = ClockUtil.getCurrentTime().toInstant();
        ProcessInstance instance = start(tenantId, ref);
        return lifecycle(tenantId, ref, instance.getId()).orElseGet(() -> new Lifecycle(instance.getId(), ref,
                instance.getTenantId(), instance.getBusinessKey(), activeStatus(List.of(instance.getId()))
                .get(instance.getId()), started, null));
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
        instances.addAll(regionalHistoric(tenantId).stream().filter(i -> ref.equals(ref(i.getBusinessKey())))
                .toList());
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
            instance = regionalHistoric(tenantId).stream().filter(i -> i.getId().equals(id))
                    .filter(i -> ref.equals(ref(i.getBusinessKey()))).findFirst().orElse(null);
        }
        return instance == null ? Optional.empty() : Optional.of(describe(ref, List.of(instance)).get(0));
    }

    private HistoricProcessInstanceQuery lifecycleQuery(String tenantId, String ref) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY)
                .tenantIdIn(tenantId).processInstanceBusinessKey(MeasureLifecycle.businessKey(tenantId, ref));
    }

    /** The running lifecycles of the gemeente's region that serve the gemeente. */
    private List<ProcessInstance> regionalActive(String gemeente) {
        Optional<String> region = routes == null ? Optional.empty() : routes.tenants().regionOf(gemeente);
        if (region.isEmpty()) {
            return List.of();
        }
        return CrossTenant.call(runtime, () -> {
            List<ProcessInstance> all = runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY)
                    .tenantIdIn(region.get()).list();
            Set<String> serving = serving(all.stream().map(ProcessInstance::getId).toList(), gemeente);
            return all.stream().filter(instance -> serving.contains(instance.getId())).toList();
        });
    }

    /** Every lifecycle of the gemeente's region, running or ended, that served the gemeente. */
    private List<HistoricProcessInstance> regionalHistoric(String gemeente) {
        Optional<String> region = routes == null ? Optional.empty() : routes.tenants().regionOf(gemeente);
        if (region.isEmpty()) {
            return List.of();
        }
        return CrossTenant.call(runtime, () -> {
            List<HistoricProcessInstance> all = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(MeasureProcess.KEY).tenantIdIn(region.get()).list();
            Set<String> serving = serving(all.stream().map(HistoricProcessInstance::getId).toList(), gemeente);
            return all.stream().filter(instance -> serving.contains(instance.getId())).toList();
        });
    }

    /** Of these lifecycles, the ones whose served gemeenten, as history last recorded them, include the gemeente. */
    private Set<String> serving(List<String> processInstanceIds, String gemeente) {
        Set<String> serving = new HashSet<>();
        if (processInstanceIds.isEmpty()) {
            return serving;
        }
        served(history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .variableName(MeasureVariables.SERVED_GEMEENTEN).list()).forEach((id, gemeenten) -> {
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
                    .variableName(MeasureVariables.STATUS).list())) {
                status.put(variable.getProcessInstanceId(), (String) variable.getValue());
            }
        }
        return instances.stream().map(instance -> new Lifecycle(instance.getId(), ref, instance.getTenantId(),
                instance.getBusinessKey(), status.get(instance.getId()), instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant())).toList();
    }

    private Map<String, String> activeStatus(List<String> processInstanceIds) {
        Map<String, String> status = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            for (VariableInstance variable : CrossTenant.call(runtime, () -> runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                    .variableName(MeasureVariables.STATUS).list())) {
                status.put(variable.getProcessInstanceId(), (String) variable.getValue());
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

    private LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        try {
            String text = value.toString();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String ref(String businessKey) {
        return businessKey == null ? "" : businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
