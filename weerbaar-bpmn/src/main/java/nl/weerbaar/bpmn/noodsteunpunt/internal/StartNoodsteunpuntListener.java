package nl.weerbaar.bpmn.noodsteunpunt.internal;

import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntVariables;
import nl.weerbaar.bpmn.noodsteunpunt.Noodsteunpunten;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Refuses to start without the noodsteunpunt's name, and gives an instance started without business key (e.g.
 * through the REST API) the key {@code <tenant>:noodsteunpunt:<name>} that {@link Noodsteunpunten} looks for.
 */
public final class StartNoodsteunpuntListener implements ExecutionListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarStartNoodsteunpunt";

    @Override
    public void notify(DelegateExecution execution) {
        Object name = execution.getVariable(NoodsteunpuntVariables.NAME);
        if (!(name instanceof String text) || text.isBlank()) {
            throw new ProcessEngineException("process " + execution.getProcessDefinitionId() + " needs the variable '"
                    + NoodsteunpuntVariables.NAME + "' with the noodsteunpunt's name, e.g. \"Noodsteunpunt Overvecht\"");
        }
        String stripped = text.strip();
        execution.setVariable(NoodsteunpuntVariables.NAME, stripped);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(Noodsteunpunten.businessKey(execution.getTenantId(), stripped));
        }
    }
}
