package nl.weerbaar.bpmn.process;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Hands a reminder to the sender after the engine's transaction commits: a reminder for work that is rolled back
 * is never sent, and a sender that fails (a mail server that is down) is logged instead of failing the timer or
 * the task that triggered it, which would otherwise be retried and send twice.
 */
public final class ReminderDispatch {

    private static final System.Logger LOG = System.getLogger(ReminderDispatch.class.getName());

    private ReminderDispatch() {
    }

    public static void afterCommit(ReminderSender sender, Reminder reminder) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            deliver(sender, reminder);
            return;
        }
        context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> deliver(sender, reminder));
    }

    private static void deliver(ReminderSender sender, Reminder reminder) {
        try {
            sender.send(reminder);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Niet verstuurd: " + reminder.subject() + " (" + reminder.tenantId()
                    + ", taken " + reminder.taskIds() + ")", e);
        }
    }
}
