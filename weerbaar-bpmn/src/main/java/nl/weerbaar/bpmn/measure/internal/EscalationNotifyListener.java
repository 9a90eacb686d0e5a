package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.process.ReminderDispatch;
import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.settings.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.time.LocalDate;

/**
 * When a measure's escalation task is created, tells the people who take it — the gemeentesecretaris, or for a
 * region-led measure the region's director — that the term has passed, with a link to the task.
 */
public final class EscalationNotifyListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarNotifyMeasureEscalation";

    private final ReminderSender sender;
    private final Deadlines deadlines;

    public EscalationNotifyListener(ReminderSender sender, Deadlines deadlines) {
        this.sender = sender;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        String ref = (String) task.getVariable(MeasureVariables.MEASURE_REF);
        LocalDate due = deadlines.toLocalDate(task.getVariable(MeasureVariables.DUE_DATE));
        Object owner = task.getVariable(MeasureVariables.OWNER);
        String subject = "Escalatie: maatregel " + ref + " is niet op tijd gereed";
        String message = "De termijn van maatregel " + ref + " '" + task.getVariable(MeasureVariables.MEASURE_TITLE)
                + "' verstreek op " + Reminder.day(due) + " zonder goedkeuring. Eigenaar: "
                + (owner == null ? "–" : owner) + ".\nSpreek met de eigenaar af hoe het verder gaat en leg de"
                + " afspraken vast in de taak.";
        ReminderDispatch.afterCommit(sender, Reminder.escalation(task, subject, message, due));
    }
}
