package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.settings.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Reminds the owner that the due date is near and records when.
 */
public final class ReminderDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarSendReminder";

    private final ReminderSender sender;
    private final Deadlines deadlines;

    public ReminderDelegate(ReminderSender sender, Deadlines deadlines) {
        this.sender = sender;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.remind(execution.getTenantId(), (String) execution.getVariable(MeasureVariables.MEASURE_REF),
                (String) execution.getVariable(MeasureVariables.OWNER),
                deadlines.toLocalDate(execution.getVariable(MeasureVariables.DUE_DATE)));
        execution.setVariable(MeasureVariables.REMINDED_AT, ClockUtil.getCurrentTime());
    }
}
