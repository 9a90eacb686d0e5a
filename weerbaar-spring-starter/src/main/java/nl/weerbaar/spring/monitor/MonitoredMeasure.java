package nl.weerbaar.spring.monitor;

import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.spring.progress.ProgressStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One measure of a gemeente as the monitor shows it: the catalog's words and where its lifecycle stands.
 *
 * @param ref               the measure's ref, e.g. {@code 2.3}
 * @param title             its title in the requested language
 * @param text              the guide's wording in the requested language
 * @param pillar            its pillar's number
 * @param mostCrucial       whether the guide counts it among its pillar's two most crucial
 * @param regionLed         whether the veiligheidsregio is responsible for it
 * @param phases            the crisis phases in which it applies
 * @param responsible       the responsible parties' names
 * @param partners          the partners' names (empty when none or not known)
 * @param status            where it stands
 * @param lifecycleStatus   the process's own status, {@code null} when not started
 * @param owner             the owner entered at intake
 * @param dueDate           the due date entered at intake
 * @param processInstanceId its lifecycle, {@code null} when not started
 * @param openTasks         the caller's view of its lifecycle's open tasks (empty when none or not readable)
 */
public record MonitoredMeasure(String ref, String title, String text, int pillar, boolean mostCrucial,
                               boolean regionLed, Set<Phase> phases, List<String> responsible, List<String> partners,
                               ProgressStatus status, String lifecycleStatus, String owner, LocalDate dueDate,
                               String processInstanceId, List<OpenTask> openTasks) {

    public MonitoredMeasure {
        phases = Set.copyOf(phases);
        responsible = List.copyOf(responsible);
        partners = List.copyOf(partners);
        openTasks = List.copyOf(openTasks);
    }

    /** An open task of a measure's lifecycle. */
    public record OpenTask(String id, String name) {
    }
}
