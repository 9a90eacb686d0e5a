package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Sets the outcome the gemeente passes back to the region, at each way its work can end: the zienswijze sent,
 * the raad deciding to give none, or the term running out first. Only a zienswijze that was sent counts.
 */
public final class OutcomeListener implements ExecutionListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarZienswijzeOutcome";

    @Override
    public void notify(DelegateExecution execution) {
        String end = execution.getCurrentActivityId();
        boolean sent = ZienswijzeGemeenteProcessModel.END_SENT.equals(end);
        execution.setVariable(SUBMITTED, sent);
        execution.setVariable(OUTCOME, sent ? ((String) execution.getVariable(ZIENSWIJZE_TEXT)).strip()
                : NO_ZIENSWIJZE);
        execution.setVariable(TERM_EXPIRED, ZienswijzeGemeenteProcessModel.END_TERM_EXPIRED.equals(end));
    }
}
