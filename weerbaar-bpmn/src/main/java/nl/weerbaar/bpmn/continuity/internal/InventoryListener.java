package nl.weerbaar.bpmn.continuity.internal;

import nl.weerbaar.bpmn.continuity.ContinuityForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.ArrayList;

import static nl.weerbaar.bpmn.continuity.ContinuityVariables.*;

/**
 * Turns the inventory into the list the per-process assessment runs over, one task per process, and clears the
 * results of an earlier round: after a rejection every process is assessed again.
 */
public final class InventoryListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarContinuityInventory";

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(CRITICAL_PROCESS_LIST,
                new ArrayList<>(ContinuityForms.processNames((String) task.getVariable(CRITICAL_PROCESSES))));
        task.setVariable(PROCESS_RESULTS, new ArrayList<>());
        task.setVariable(PROCESS_RESULTS_SUMMARY, "");
    }
}
