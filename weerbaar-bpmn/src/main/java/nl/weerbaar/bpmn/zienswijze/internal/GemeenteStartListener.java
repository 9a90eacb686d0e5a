package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcess;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Checks that a gemeente's zienswijze process starts with the budget year and the last day of the term — what
 * the region passes in — so its timers can be set, and fails the start clearly otherwise. The gemeente is the
 * tenant the process runs in.
 */
public final class GemeenteStartListener implements ExecutionListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarZienswijzeGemeenteStart";

    private final ZienswijzeTerms terms;

    public GemeenteStartListener(ZienswijzeTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String process = ZienswijzeGemeenteProcess.KEY;
        StartCycleDelegate.budgetYear(execution.getVariable(BUDGET_YEAR), process);
        Object deadline = execution.getVariable(ZIENSWIJZE_DEADLINE);
        try {
            execution.setVariable(ZIENSWIJZE_DEADLINE, terms.startOf(terms.toLocalDate(deadline)));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("process " + process + " needs the variable '" + ZIENSWIJZE_DEADLINE
                    + "' with the last day of the zienswijze term, e.g. 2026-07-07; was " + deadline, e);
        }
        execution.setVariable(GEMEENTE, execution.getTenantId());
    }
}
