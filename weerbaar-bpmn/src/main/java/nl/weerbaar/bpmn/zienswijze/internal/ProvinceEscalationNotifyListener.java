package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.process.ReminderDispatch;
import nl.weerbaar.bpmn.process.ReminderSender;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.time.LocalDate;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * When the escalation for a budget not yet sent to Gedeputeerde Staten is created, tells the region's people who
 * take it, with a link to the task.
 */
public final class ProvinceEscalationNotifyListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarNotifyProvinceEscalation";

    private final ReminderSender sender;
    private final ZienswijzeTerms terms;

    public ProvinceEscalationNotifyListener(ReminderSender sender, ZienswijzeTerms terms) {
        this.sender = sender;
        this.terms = terms;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate due = terms.toLocalDate(task.getVariable(PROVINCE_DUE_DATE));
        Object year = task.getVariable(BUDGET_YEAR);
        String subject = "Escalatie: de begroting " + year + " is niet op tijd bij Gedeputeerde Staten";
        String message = "De vastgestelde begroting " + year + " moest uiterlijk " + Reminder.day(due) + " bij"
                + " Gedeputeerde Staten zijn (Wet gemeenschappelijke regelingen, art. 34 lid 2). Stuur haar zo snel"
                + " mogelijk en leg in de taak vast wat er met GS is afgesproken.";
        ReminderDispatch.afterCommit(sender, Reminder.escalation(task, subject, message, due));
    }
}
