package nl.weerbaar.spring.monitor;

import java.time.Instant;
import java.util.List;

/**
 * The progress report for the gemeenteraad: the dashboard's figures, every measure found not applicable with its
 * reason and approval, and what comes next.
 *
 * @param dashboard     where the gemeente stands
 * @param notApplicable every measure found not applicable
 * @param next          the measures to be finished next: those under way by due date, then the most crucial not
 *                      yet started
 */
public record Raadsrapportage(GemeenteDashboard dashboard, List<NotApplicable> notApplicable,
                              List<MonitoredMeasure> next) {

    public Raadsrapportage {
        notApplicable = List.copyOf(notApplicable);
        next = List.copyOf(next);
    }

    /**
     * A measure found not applicable.
     *
     * @param ref        the measure's ref
     * @param title      its title
     * @param reason     why, as entered at intake
     * @param approvedBy who approved it; {@code null} when the task was completed unclaimed
     * @param approvedAt when
     * @param comment    the approver's comment
     */
    public record NotApplicable(String ref, String title, String reason, String approvedBy, Instant approvedAt,
                                String comment) {
    }
}
