package nl.weerbaar.bpmn.process;

/**
 * Delivers reminders and escalations. The default only logs; the Spring starter sends e-mail when the application
 * has a mail server configured, and an application may plug in its own case system.
 * <p>
 * Weerbaar calls it once the transaction that decided on the reminder has committed (see
 * {@link ReminderDispatch}), so nothing is sent for work that was rolled back, and a failing sender cannot undo the
 * task it reports on.
 */
@FunctionalInterface
public interface ReminderSender {

    void send(Reminder reminder);

    /** Writes each reminder to the log, as Weerbaar did before it could send e-mail. */
    static ReminderSender logging() {
        System.Logger log = System.getLogger(ReminderSender.class.getName());
        return reminder -> log.log(System.Logger.Level.INFO, "{0} ({1}, eigenaar {2}, groepen {3}, taken {4}): {5}",
                reminder.subject(), reminder.tenantId(), reminder.owner(), reminder.groups(), reminder.taskIds(),
                reminder.message());
    }
}
