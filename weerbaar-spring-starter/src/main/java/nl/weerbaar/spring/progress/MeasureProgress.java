package nl.weerbaar.spring.progress;

import java.time.LocalDate;

/**
 * One measure's progress in one gemeente.
 *
 * @param ref               the measure's ref
 * @param title             its title
 * @param pillar            its pillar number
 * @param status            where it stands
 * @param lifecycleStatus   the process's own status (e.g. TER_BEOORDELING), {@code null} when not started
 * @param owner             the owner entered at intake
 * @param dueDate           the due date entered at intake
 * @param processInstanceId the lifecycle's process instance
 * @param executedBy        the tenant whose lifecycle it is: the gemeente, or its veiligheidsregio for a measure the
 *                          region carries out for it; {@code null} when not started
 */
public record MeasureProgress(String ref, String title, int pillar, ProgressStatus status, String lifecycleStatus,
                              String owner, LocalDate dueDate, String processInstanceId, String executedBy) {
}
