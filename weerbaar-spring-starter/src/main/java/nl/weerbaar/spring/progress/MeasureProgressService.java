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
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Progress of every measure in a gemeente, computed with a fixed number of queries whatever the number of
 * measures, and starting a measure's lifecycle (at most one active per gemeente and measure).
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
        if (catalogs.forTenant(tenantId).find(ref).isEmpty()) {
            throw new NoSuchElementException("maatregel " + ref + " bestaat niet in de catalogus");
        }
        return new MeasureLifecycle(runtime).start(tenantId, ref);
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
