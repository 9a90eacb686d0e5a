package nl.weerbaar.bpmn.continuity.internal;

import nl.weerbaar.bpmn.continuity.ContinuityVariables;
import nl.weerbaar.bpmn.continuity.ContinuityForms.ProcessAssessment;
import nl.weerbaar.bpmn.forms.FormBinder;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static nl.weerbaar.bpmn.continuity.ContinuityVariables.*;

/**
 * Adds the assessment of one critical process to the results of the whole review. The assessment's own fields
 * are local to its instance of the multi-instance task, so parallel assessments do not overwrite each other;
 * this listener copies them into {@link ContinuityVariables#PROCESS_RESULTS}, kept in inventory order.
 */
public final class ProcessResultListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarContinuityProcessResult";

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateTask task) {
        FormBinder.Result<ProcessAssessment> bound = FormBinder.bind(ProcessAssessment.class, task.getVariables());
        if (!bound.valid()) {
            throw new ProcessEngineException("task " + task.getTaskDefinitionKey() + " must validate its form before"
                    + " its result is recorded: " + bound.violations());
        }
        ProcessAssessment assessment = bound.form();
        String process = (String) task.getVariable(CRITICAL_PROCESS);
        List<String> order = (List<String>) task.getVariable(CRITICAL_PROCESS_LIST);
        Object earlier = task.getVariable(PROCESS_RESULTS);
        List<Map<String, Object>> results = earlier == null ? new ArrayList<>()
                : new ArrayList<>((List<Map<String, Object>>) earlier);
        results.removeIf(result -> process.equals(result.get(RESULT_PROCESS)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(RESULT_PROCESS, process);
        result.put(MAX_DOWNTIME_HOURS, assessment.maxDowntimeHours());
        result.put(RECOVERY_TIME_HOURS, assessment.recoveryTimeHours());
        result.put(FALLBACK, assessment.fallback().strip());
        result.put(DEPENDS_ON_ICT_SUPPLIERS, Boolean.TRUE.equals(assessment.dependsOnIctSuppliers()));
        results.add(result);
        results.sort(Comparator.comparingInt(r -> order.indexOf(r.get(RESULT_PROCESS))));
        task.setVariable(PROCESS_RESULTS, results);
        task.setVariable(PROCESS_RESULTS_SUMMARY, summary(results));
    }

    /** One line per process, as the later forms show the results. */
    static String summary(List<Map<String, Object>> results) {
        return results.stream().map(r -> r.get(RESULT_PROCESS) + ": maximaal " + r.get(MAX_DOWNTIME_HOURS)
                        + " uur uitval, hersteltijd " + r.get(RECOVERY_TIME_HOURS) + " uur, afhankelijk van"
                        + " ICT-leveranciers: " + (Boolean.TRUE.equals(r.get(DEPENDS_ON_ICT_SUPPLIERS)) ? "ja" : "nee")
                        + ". Terugvaloptie: " + String.join(" / ", ((String) r.get(FALLBACK)).lines()
                        .map(String::strip).filter(line -> !line.isEmpty()).toList()))
                .collect(Collectors.joining("\n"));
    }
}
