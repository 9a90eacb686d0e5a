package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.measure.MeasureForms;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * When a re-review reopens a measure, its new term becomes the due date that the reminder and escalation timers
 * of the next execution follow.
 */
public final class ReopenMeasureListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarReopenMeasure";

    @Override
    public void notify(DelegateTask task) {
        if (MeasureForms.ReReviewDecision.HEROPENEN.name().equals(task.getVariable(MeasureVariables.RE_REVIEW_DECISION))) {
            task.setVariable(MeasureVariables.DUE_DATE, task.getVariable(MeasureVariables.NEW_DUE_DATE));
        }
    }
}
