package nl.weerbaar.bpmn.process;

import nl.weerbaar.bpmn.measure.internal.ReminderDelegate;
import java.time.LocalDate;

/**
 * Sends the reminder that a measure's due date is near. The default only logs; an application plugs in mail or
 * its case system.
 *
 * @see nl.weerbaar.bpmn.measure.MeasureProcess
 */
@FunctionalInterface
public interface ReminderSender {

    /**
     * @param tenantId   the gemeente
     * @param measureRef the measure
     * @param owner      its owner, as entered at intake
     * @param dueDate    its due date
     */
    void remind(String tenantId, String measureRef, String owner, LocalDate dueDate);

    static ReminderSender logging() {
        System.Logger log = System.getLogger(ReminderSender.class.getName());
        return (tenant, ref, owner, due) -> log.log(System.Logger.Level.INFO,
                "Herinnering: maatregel {0} van {1} (eigenaar {2}) moet op {3} gereed zijn", ref, tenant, owner, due);
    }
}
