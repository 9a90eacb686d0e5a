package nl.weerbaar.spring.monitor;

import java.time.Instant;
import java.util.List;

/**
 * Who decided what about a measure in a gemeente, and when: every completed task of each of its lifecycles.
 *
 * @param measure the measure as the dashboard shows it
 * @param entries the completed tasks, the oldest first
 */
public record MeasureHistory(MonitoredMeasure measure, List<Entry> entries) {

    public MeasureHistory {
        entries = List.copyOf(entries);
    }

    /**
     * One completed task.
     *
     * @param lifecycle   the lifecycle (process instance) it belongs to
     * @param task        the task's name
     * @param taskKey     the task's id in the model
     * @param completedBy who completed it; {@code null} when nobody had claimed it
     * @param completedAt when
     * @param decision    the decision recorded with it (e.g. {@code GOEDGEKEURD}), {@code null} for tasks without one
     * @param comment     the comment or reason recorded with it, {@code null} when none
     */
    public record Entry(String lifecycle, String task, String taskKey, String completedBy, Instant completedAt,
                        String decision, String comment) {
    }
}
