package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.time.LocalDate;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Records whether the kaders and provisional annual accounts reached the councils by the day Wgr art. 34b sets;
 * a late sending does not stop the cycle, it leaves a warning in {@link ZienswijzeVariables#KADERS_WARNING}.
 */
public final class KadersSentListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarZienswijzeKadersSent";

    private final ZienswijzeTerms terms;

    public KadersSentListener(ZienswijzeTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate sentOn = terms.toLocalDate(task.getVariable(KADERS_SENT_ON));
        LocalDate due = terms.kadersDue((Integer) task.getVariable(BUDGET_YEAR));
        boolean late = sentOn.isAfter(due);
        task.setVariable(KADERS_LATE, late);
        task.setVariable(KADERS_WARNING, late ? "Kaders en voorlopige jaarrekening op " + sentOn + " verstuurd, na "
                + due + " (Wgr art. 34b)" : null);
    }
}
