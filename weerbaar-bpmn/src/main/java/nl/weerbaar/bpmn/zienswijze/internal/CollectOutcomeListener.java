package nl.weerbaar.bpmn.zienswijze.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Collects one gemeente's outcome when its call ends. The call activity maps the child's outcome into its own
 * execution only ({@code camunda:out local="true"}), because every parallel instance returns the same variable
 * names; this listener then adds it to the region's map and list, both kept in the order of the members.
 */
public final class CollectOutcomeListener implements ExecutionListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarZienswijzeCollectOutcome";

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            // The cycle is being deleted or modified: a cancelled call is no outcome.
            return;
        }
        String gemeente = (String) execution.getVariableLocal(GEMEENTE);
        boolean submitted = Boolean.TRUE.equals(execution.getVariableLocal(SUBMITTED));
        String outcome = submitted ? (String) execution.getVariableLocal(OUTCOME) : NO_ZIENSWIJZE;

        DelegateExecution region = execution.getProcessInstance();
        Collection<String> members = (Collection<String>) region.getVariable(MEMBER_GEMEENTEN);
        Map<String, String> received = new LinkedHashMap<>(
                (Map<String, String>) region.getVariable(ZIENSWIJZE_OUTCOMES));
        received.put(gemeente, outcome);
        List<String> withZienswijze = new ArrayList<>((Collection<String>) region.getVariable(ZIENSWIJZE_GEMEENTEN));
        if (submitted) {
            withZienswijze.add(gemeente);
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        members.stream().filter(received::containsKey).forEach(member -> outcomes.put(member, received.get(member)));
        region.setVariable(ZIENSWIJZE_OUTCOMES, outcomes);
        region.setVariable(ZIENSWIJZE_GEMEENTEN, new ArrayList<>(members.stream().filter(withZienswijze::contains)
                .toList()));
    }
}
