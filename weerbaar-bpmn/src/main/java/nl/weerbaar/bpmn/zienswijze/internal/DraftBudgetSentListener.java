package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Starts the councils' term when the draft budget is sent: its last day is the sending day plus the zienswijze
 * term (Wgr art. 35(1) and (3)), kept as a Date in {@link ZienswijzeVariables#ZIENSWIJZE_DEADLINE}.
 */
public final class DraftBudgetSentListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarZienswijzeDraftBudgetSent";

    private final ZienswijzeTerms terms;

    public DraftBudgetSentListener(ZienswijzeTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(ZIENSWIJZE_DEADLINE, terms.startOf(terms.zienswijzeDeadline(
                terms.toLocalDate(task.getVariable(DRAFT_BUDGET_SENT_ON)))));
        // Each gemeente's process receives the link; an empty form field may not have been submitted at all.
        task.setVariable(DRAFT_BUDGET_LINK, task.getVariable(DRAFT_BUDGET_LINK));
    }
}
