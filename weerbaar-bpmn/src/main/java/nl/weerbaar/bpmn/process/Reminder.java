package nl.weerbaar.bpmn.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A reminder or escalation for the people who must act: what it is about in Dutch, whom it is for and the open
 * tasks it points to. A {@link ReminderSender} delivers it — by e-mail to those people, or only to the log.
 *
 * @param kind              a reminder before a term ends, or an escalation after it has
 * @param tenantId          the tenant whose people it is for; it never goes to another tenant's users
 * @param subject           the Dutch subject line, e.g. "Herinnering: maatregel 2.2 moet op 1 maart 2026 gereed zijn"
 * @param message           the Dutch text: what is due and what to do
 * @param dueDate           the day the term ends or ended
 * @param owner             who must act, as entered on a form (a user id, a group id or a name); may be {@code null}
 * @param groups            the candidate groups of the tasks: who is reached when the owner cannot be
 * @param taskIds           the open tasks to link to
 * @param processInstanceId the process instance it is about
 */
public record Reminder(Kind kind, String tenantId, String subject, String message, LocalDate dueDate, String owner,
                       List<String> groups, List<String> taskIds, String processInstanceId) {

    /** What kind of message. */
    public enum Kind {
        /** Before a term ends. */
        HERINNERING,
        /** After a term has passed: a task now waits for someone higher up. */
        ESCALATIE
    }

    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        groups = groups == null ? List.of() : List.copyOf(groups);
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }

    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl"));

    /** A day as Dutch text, e.g. "1 maart 2026". */
    public static String day(LocalDate date) {
        return date == null ? "–" : DUTCH_DAY.format(date);
    }

    /**
     * A reminder about the process instance's open tasks, for the owner and the tasks' candidate groups, linking to
     * each of those tasks.
     */
    public static Reminder forOpenTasks(DelegateExecution execution, String subject, String message, LocalDate dueDate,
                                        String owner) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        List<String> taskIds = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .orderByTaskCreateTime().asc().list()) {
            taskIds.add(task.getId());
            tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                    .map(IdentityLink::getGroupId).filter(Objects::nonNull).forEach(groups::add);
        }
        return new Reminder(Kind.HERINNERING, execution.getTenantId(), subject, message, dueDate, owner,
                List.copyOf(groups), taskIds, execution.getProcessInstanceId());
    }

    /** An escalation about a task just created, for its candidate groups, linking to it. */
    public static Reminder escalation(DelegateTask task, String subject, String message, LocalDate dueDate) {
        List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .distinct().toList();
        return new Reminder(Kind.ESCALATIE, task.getTenantId(), subject, message, dueDate, null, groups,
                List.of(task.getId()), task.getProcessInstanceId());
    }
}
