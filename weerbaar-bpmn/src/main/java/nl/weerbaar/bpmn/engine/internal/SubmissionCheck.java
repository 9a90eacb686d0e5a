package nl.weerbaar.bpmn.engine.internal;

import nl.weerbaar.bpmn.engine.internal.IntegritySession.Kind;
import nl.weerbaar.bpmn.forms.FormBinder;
import nl.weerbaar.bpmn.forms.FormMessages;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.forms.TaskForm;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what a completion, resolution or form submission of a task of a guarded process sends, before the
 * engine writes any of it: every variable must be a field of the task's form and of the field's kind (text for a
 * text field, a whole number for a number field, never a serialized object), or one of the form's read-only
 * values sent back unchanged — which is then left out, as a form does. Anything else refuses the whole
 * submission with a {@link FormValidationException} naming each variable; the form's own rules follow when the
 * task completes. The caller's permission to work on the task is checked before any refusal, so another tenant
 * learns nothing of the task; a submission let through is checked by the engine's own command.
 */
final class SubmissionCheck {

    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private SubmissionCheck() {
    }

    @SuppressWarnings("unchecked")
    static Kind check(CommandContext context, IntegrityRules rules, Command<?> command, String taskField,
                      String variablesField) {
        String taskId = (String) CommandFields.read(command, taskField);
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return Kind.OTHER; // the command refuses itself: no such task
        }
        if (!rules.guardsDefinition(task.getProcessDefinitionId())) {
            return Kind.SUBMISSION;
        }
        // The task was read before the engine reads its execution: when another completion committed in between,
        // the execution has moved on and the engine would take this one for the next task's. A conflict, not a 500.
        ExecutionEntity execution = task.getExecutionId() == null ? null
                : context.getExecutionManager().findExecutionById(task.getExecutionId());
        if (task.getExecutionId() != null && (execution == null
                || !task.getTaskDefinitionKey().equals(execution.getActivityId()))) {
            checkWork(context, task);
            throw new OptimisticLockingException("Taak '" + task.getName() + "' (" + taskId + ") is zojuist door"
                    + " iemand anders afgerond");
        }
        Map<String, Object> submitted = (Map<String, Object>) CommandFields.read(command, variablesField);
        if (submitted == null || submitted.isEmpty()) {
            return Kind.SUBMISSION;
        }
        Optional<Class<? extends Record>> form = formOf(task, rules);
        Set<String> fields = new HashSet<>(form.map(FormBinder::fields).orElse(List.of()));
        Set<String> shown = new HashSet<>();
        form.ifPresent(record -> Arrays.stream(record.getAnnotation(TaskForm.class).context())
                .forEach(shownValue -> shown.add(shownValue.variable())));

        List<FormViolation> violations = new ArrayList<>();
        Set<String> unchanged = new HashSet<>();
        for (String name : submitted.keySet()) {
            Object value = submitted instanceof VariableMap typed ? typed.getValueTyped(name) : submitted.get(name);
            if (fields.contains(name)) {
                FormBinder.typeProblem(form.get(), name, value).ifPresent(problem ->
                        violations.add(new FormViolation(name, FormBinder.label(form.get(), name), problem)));
            } else if (shown.contains(name) && same(task.getVariableTyped(name, false), value)) {
                unchanged.add(name);
            } else {
                violations.add(new FormViolation(name, name, FormMessages.resolve(shown.contains(name)
                        ? "{weerbaar.form.read-only}" : "{weerbaar.form.unknown-field}")));
            }
        }
        if (!violations.isEmpty()) {
            checkWork(context, task);
            throw new FormValidationException(form.map(record -> record.getAnnotation(TaskForm.class).title())
                    .orElse(task.getName()), violations);
        }
        if (!unchanged.isEmpty()) {
            CommandFields.write(command, variablesField, without(submitted, unchanged));
        }
        return Kind.SUBMISSION;
    }

    /**
     * Camunda's own checks of the caller's work on the task, asked before the check says anything of the task, so
     * that another tenant's user learns nothing of it. A submission the check lets through is not checked here: the
     * engine's command checks the same right before it writes anything, and asking twice costs a query each time.
     */
    private static void checkWork(CommandContext context, TaskEntity task) {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkTaskWork(task);
        }
    }

    private static Optional<Class<? extends Record>> formOf(TaskEntity task, IntegrityRules rules) {
        return FormValidationParseListener.formOf(task.getTaskDefinition(), rules.forms());
    }

    private static VariableMap without(Map<String, Object> submitted, Set<String> names) {
        VariableMap kept = Variables.createVariables();
        for (String name : submitted.keySet()) {
            if (names.contains(name)) {
                continue;
            }
            if (submitted instanceof VariableMap typed) {
                kept.putValueTyped(name, typed.getValueTyped(name));
            } else {
                kept.put(name, submitted.get(name));
            }
        }
        return kept;
    }

    /** Whether a value sent back for a read-only field is the one stored, whatever kind the form sent it as. */
    static boolean same(TypedValue stored, Object sent) {
        Object before = plain(stored);
        Object after = plain(sent);
        if (before == null || after == null) {
            return before == null && after == null;
        }
        if (before instanceof Date date) {
            return after instanceof Date other ? date.equals(other) : sameMoment(date, after.toString());
        }
        if (before instanceof Number && after instanceof Number) {
            return new BigDecimal(before.toString()).compareTo(new BigDecimal(after.toString())) == 0;
        }
        return before.toString().equals(after.toString());
    }

    private static Object plain(Object value) {
        if (value instanceof TypedValue typed) {
            if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
                return new Object(); // equal to nothing: a serialized value is never taken back unseen
            }
            value = typed.getValue();
        }
        return value instanceof String text && text.isEmpty() ? null : value;
    }

    private static boolean sameMoment(Date date, String text) {
        try {
            return OffsetDateTime.parse(text, CAMUNDA_DATE).toInstant().equals(date.toInstant());
        } catch (DateTimeParseException notCamundas) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
                        .equals(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
            } catch (DateTimeParseException notADate) {
                return Objects.equals(text, date.toString());
            }
        }
    }
}
