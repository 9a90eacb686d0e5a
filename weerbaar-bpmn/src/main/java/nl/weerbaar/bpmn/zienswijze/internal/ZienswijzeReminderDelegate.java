package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.process.ReminderDispatch;
import nl.weerbaar.bpmn.process.ReminderSender;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.LocalDate;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Reminds the people who take the gemeente's open zienswijze tasks — the griffie, the college or the AOV-adviseur,
 * wherever the work stands — that the term ends soon, with a link to each task, and records when.
 */
public final class ZienswijzeReminderDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarZienswijzeReminder";

    private final ReminderSender sender;
    private final ZienswijzeTerms terms;

    public ZienswijzeReminderDelegate(ReminderSender sender, ZienswijzeTerms terms) {
        this.sender = sender;
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate deadline = terms.toLocalDate(execution.getVariable(ZIENSWIJZE_DEADLINE));
        Object year = execution.getVariable(BUDGET_YEAR);
        String subject = "Herinnering: de zienswijzetermijn op de begroting " + year + " loopt af op "
                + Reminder.day(deadline);
        String message = "De raad kan tot en met " + Reminder.day(deadline) + " een zienswijze geven op de"
                + " ontwerpbegroting " + year + " van " + execution.getVariable(REGION_NAME) + " (Wet"
                + " gemeenschappelijke regelingen, art. 35). Daarna gaat de begroting zonder zienswijze van de"
                + " gemeente door.\nRond de open taak af of plan het raadsbesluit voor die dag.";
        ReminderDispatch.afterCommit(sender, Reminder.forOpenTasks(execution, subject, message, deadline, null));
        execution.setVariable(REMINDED_AT, ClockUtil.getCurrentTime());
    }
}
