package nl.weerbaar.bpmn.zienswijze.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.LinkedHashMap;
import java.util.Map;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Gives each parallel answer task its own gemeente's zienswijze and its own answer fields, and files the answer
 * under the gemeente when the task is completed.
 * <p>
 * On {@code create} the answer fields are declared on the task's own multi-instance execution, so what a person
 * submits stays with that gemeente: otherwise the first answer would land on the process instance and a later,
 * empty answer would pass validation by reading it.
 */
public final class AnswerListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarZienswijzeAnswer";

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateTask task) {
        DelegateExecution instance = task.getExecution();
        String gemeente = (String) instance.getVariableLocal(GEMEENTE);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Map<String, String> outcomes = (Map<String, String>) task.getVariable(ZIENSWIJZE_OUTCOMES);
            instance.setVariableLocal(SUBMITTED_ZIENSWIJZE, outcomes.get(gemeente));
            instance.setVariableLocal(ANSWER_DECISION, null);
            instance.setVariableLocal(ANSWER_REASONS, null);
            task.setName(task.getName() + ": " + gemeente);
            return;
        }
        put(task, ZIENSWIJZE_ANSWER_DECISIONS, gemeente, (String) instance.getVariableLocal(ANSWER_DECISION));
        put(task, ZIENSWIJZE_ANSWERS, gemeente, ((String) instance.getVariableLocal(ANSWER_REASONS)).strip());
    }

    @SuppressWarnings("unchecked")
    private static void put(DelegateTask task, String map, String gemeente, String value) {
        Map<String, String> values = new LinkedHashMap<>((Map<String, String>) task.getVariable(map));
        values.put(gemeente, value);
        task.getExecution().getProcessInstance().setVariable(map, values);
    }
}
