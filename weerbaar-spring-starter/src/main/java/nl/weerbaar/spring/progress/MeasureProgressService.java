package nl.weerbaar.spring.progress;

import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureStatus;
import nl.weerbaar.bpmn.measure.MeasureVariables;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Progress of every measure in a gemeente, computed with a fixed number of queries whatever the number of
 * measures, and starting a measure's lifecycle (at most one active per gemeente and measure) and listing them.
 */
public class MeasureProgressService {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final TenantCatalogs catalogs;
    private final ZoneId zone;

    public MeasureProgressService(ProcessEngine engine, TenantCatalogs catalogs, ZoneId zone) {
        this.runtime = engine.getRuntimeService();
        this.history = engine.getHistoryService();
        this.catalogs = catalogs;
        this.zone = zone;
    }

    /** Every measure of the tenant's effective catalog with its status, in the guide's order. */
    public List<MeasureProgress> progress(String tenantId) {
        List<ProcessInstance> active = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MeasureProcess.KEY).tenantIdIn(tenantId).list();
        Map<String, ProcessInstance> activeByRef = new HashMap<>();
        active.forEach(instance -> activeByRef.put(ref(instance.getBusinessKey()), instance));
        Map<String, Map<String, Object>> variables = new HashMap<>();
        if (!active.isEmpty()) {
            for (VariableInstance variable : runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(active.stream().map(ProcessInstance::getId).toArray(String[]::new))
                    .variableNameIn(MeasureVariables.STATUS, MeasureVariables.OWNER, MeasureVariables.DUE_DATE,
                            MeasureVariables.OVERDUE)
                    .list()) {
                variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        Map<String, HistoricProcessInstance> endedByRef = new HashMap<>();
        Map<String, String> endedStatus = new HashMap<>();
        List<HistoricProcessInstance> ended = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MeasureProcess.KEY).tenantIdIn(tenantId).finished()
                .orderByProcessInstanceEndTime().asc().list();
        ended.forEach(instance -> endedByRef.put(ref(instance.getBusinessKey()), instance));
        if (!ended.isEmpty()) {
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ended.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                    .variableName(MeasureVariables.STATUS).list()) {
                endedStatus.put(variable.getProcessInstanceId(), (String) variable.getValue());
            }
        }

        List<MeasureProgress> progress = new ArrayList<>();
        for (Measure measure : catalogs.forTenant(tenantId).asMeasures()) {
            ProcessInstance instance = activeByRef.get(measure.ref());
            if (instance != null) {
                Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
                String lifecycle = (String) values.get(MeasureVariables.STATUS);
                LocalDate due = date(values.get(MeasureVariables.DUE_DATE));
                progress.add(new MeasureProgress(measure.ref(), measure.title(), measure.pillar().number(),
                        status(lifecycle, Boolean.TRUE.equals(values.get(MeasureVariables.OVERDUE)), due), lifecycle,
                        (String) values.get(MeasureVariables.OWNER), due, instance.getId()));
                continue;
            }
            HistoricProcessInstance finished = endedByRef.get(measure.ref());
            String endStatus = finished == null ? null : endedStatus.get(finished.getId());
            if (MeasureStatus.NIET_VAN_TOEPASSING.name().equals(endStatus)) {
                progress.add(new MeasureProgress(measure.ref(), measure.title(), measure.pillar().number(),
                        ProgressStatus.NOT_APPLICABLE, endStatus, null, null, finished.getId()));
            } else {
                progress.add(new MeasureProgress(measure.ref(), measure.title(), measure.pillar().number(),
                        ProgressStatus.NOT_STARTED, null, null, null, null));
            }
        }
        return progress;
    }

    /**
     * Starts the measure's lifecycle in the gemeente.
     *
     * @throws NoSuchElementException                 when the tenant's catalog has no such measure
     * @throws MeasureLifecycle.AlreadyStartedException when one is active already
     */
    public ProcessInstance start(String tenantId, String ref) {
        requireMeasure(tenantId, ref);
        return new MeasureLifecycle(runtime).start(tenantId, ref);
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
                tenantId, instance.getBusinessKey(), activeStatus(List.of(instance.getId())).get(instance.getId()),
                started, null));
    }

    /**
     * Every lifecycle of the measure in the gemeente, under way or ended, the oldest first.
     *
     * @throws NoSuchElementException when the tenant's catalog has no such measure
     */
    public List<Lifecycle> lifecycles(String tenantId, String ref) {
        requireMeasure(tenantId, ref);
        return describe(tenantId, ref, lifecycleQuery(tenantId, ref).orderByProcessInstanceStartTime().asc()
                .orderByProcessInstanceId().asc().list());
    }

    /**
     * One lifecycle of the measure in the gemeente, by its id.
     *
     * @throws NoSuchElementException when the tenant's catalog has no such measure
     */
    public Optional<Lifecycle> lifecycle(String tenantId, String ref, String id) {
        requireMeasure(tenantId, ref);
        HistoricProcessInstance instance = lifecycleQuery(tenantId, ref).processInstanceId(id).singleResult();
        return instance == null ? Optional.empty() : Optional.of(describe(tenantId, ref, List.of(instance)).get(0));
    }

    private HistoricProcessInstanceQuery lifecycleQuery(String tenantId, String ref) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY)
                .tenantIdIn(tenantId).processInstanceBusinessKey(MeasureLifecycle.businessKey(tenantId, ref));
    }

    private List<Lifecycle> describe(String tenantId, String ref, List<HistoricProcessInstance> instances) {
        Map<String, String> status = new HashMap<>(activeStatus(instances.stream().filter(i -> i.getEndTime() == null)
                .map(HistoricProcessInstance::getId).toList()));
        List<String> ended = instances.stream().filter(i -> i.getEndTime() != null)
                .map(HistoricProcessInstance::getId).toList();
        if (!ended.isEmpty()) {
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ended.toArray(String[]::new)).variableName(MeasureVariables.STATUS).list()) {
                status.put(variable.getProcessInstanceId(), (String) variable.getValue());
            }
        }
        return instances.stream().map(instance -> new Lifecycle(instance.getId(), ref, tenantId,
                instance.getBusinessKey(), status.get(instance.getId()), instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant())).toList();
    }

    private Map<String, String> activeStatus(List<String> processInstanceIds) {
        Map<String, String> status = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            for (VariableInstance variable : runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                    .variableName(MeasureVariables.STATUS).list()) {
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
