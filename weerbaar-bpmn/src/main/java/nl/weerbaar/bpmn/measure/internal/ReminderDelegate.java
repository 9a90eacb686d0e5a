package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.measure.MeasureStatus;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.process.ReminderDispatch;
import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.settings.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;

/**
 * Reminds the owner that the due date is near — or, when the owner is no one the identity service knows, the
 * people who can take the open tasks — with a link to each open task, and records when and of which due date. Once
 * per due date: an owner reminded of it is not reminded of it again.
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
        Object dueDate = execution.getVariable(MeasureVariables.DUE_DATE);
        LocalDate due = deadlines.toLocalDate(dueDate);
        if (remindedOf(execution, due, dueDate)) {
            // A lifecycle migrated from the model with two boundary timers after its reminder went out gets the
            // reminder's timer anew, due at once.
            return;
        }
        String ref = (String) execution.getVariable(MeasureVariables.MEASURE_REF);
        String owner = (String) execution.getVariable(MeasureVariables.OWNER);
        String subject = "Herinnering: maatregel " + ref + " moet op " + Reminder.day(due) + " gereed zijn";
        String message = "Maatregel " + ref + " '" + execution.getVariable(MeasureVariables.MEASURE_TITLE) + "'"
                + served(execution) + " moet op " + Reminder.day(due) + " gereed en goedgekeurd zijn. Eigenaar: "
                + (owner == null ? "–" : owner) + ". De maatregel staat nu op: " + status(execution) + ".\n"
                + "Rond de open taak af, of spreek met de eigenaar een nieuwe termijn af.";
        ReminderDispatch.afterCommit(sender, Reminder.forOpenTasks(execution, subject, message, due, owner));
        execution.setVariable(MeasureVariables.REMINDED_AT, ClockUtil.getCurrentTime());
        execution.setVariable(MeasureVariables.REMINDED_FOR, due.toString());
    }

    /**
     * Whether the owner was reminded of this due date already: the one recorded, or — reminded by a version that did
     * not record it — at or after this due date's reminder moment.
     */
    private boolean remindedOf(DelegateExecution execution, LocalDate due, Object dueDate) {
        Object remindedFor = execution.getVariable(MeasureVariables.REMINDED_FOR);
        if (remindedFor != null) {
            return due.toString().equals(remindedFor.toString());
        }
        return execution.getVariable(MeasureVariables.REMINDED_AT) instanceof Date reminded
                && !reminded.before(deadlines.reminderAt(dueDate));
    }

    /** For a region-led measure: for whom the region carries it out. */
    private static String served(DelegateExecution execution) {
        Object served = execution.getVariable(MeasureVariables.SERVED_GEMEENTEN);
        return served instanceof java.util.Collection<?> gemeenten && !gemeenten.isEmpty()
                ? ", die de veiligheidsregio uitvoert voor " + String.join(", ", gemeenten.stream()
                        .map(String::valueOf).toList()) + "," : "";
    }

    private static String status(DelegateExecution execution) {
        Object status = execution.getVariable(MeasureVariables.STATUS);
        return Arrays.stream(MeasureStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .map(s -> s.label(Locale.forLanguageTag("nl"))).orElse(String.valueOf(status));
    }
}
