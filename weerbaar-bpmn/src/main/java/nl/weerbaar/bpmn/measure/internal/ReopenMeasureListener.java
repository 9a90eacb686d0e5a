package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.measure.MeasureForms;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.settings.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * When a re-review reopens a measure, its new term becomes the due date that the reminder and escalation timers
 * of the next execution follow, and the owner is reminded of it though the last reminder came after its reminder
 * moment.
 */
public final class ReopenMeasureListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarReopenMeasure";

    private final Deadlines deadlines;

    public ReopenMeasureListener(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        if (MeasureForms.ReReviewDecision.HEROPENEN.name().equals(task.getVariable(MeasureVariables.RE_REVIEW_DECISION))) {
            Object reminded = task.getVariable(MeasureVariables.REMINDED_AT);
            if (reminded != null && task.getVariable(MeasureVariables.REMINDED_FOR) == null) {
                // Reminded by a version that did not record of which due date: of the one that is now replaced.
                task.setVariable(MeasureVariables.REMINDED_FOR,
                        deadlines.toLocalDate(task.getVariable(MeasureVariables.DUE_DATE)).toString());
            }
            task.setVariable(MeasureVariables.DUE_DATE, task.getVariable(MeasureVariables.NEW_DUE_DATE));
        }
    }
}
