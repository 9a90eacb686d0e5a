package nl.weerbaar.bpmn.forms;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Checks, when a task is completed, that the submitted variables satisfy the task form's record — the same rules
 * the Camunda Form shows. Invalid input fails the completion, which rolls back: nothing changes. The engine plugin
 * adds one to every user task whose form is registered.
 */
public final class FormValidationListener implements TaskListener {

    private final Class<? extends Record> form;

    public FormValidationListener(Class<? extends Record> form) {
        this.form = Objects.requireNonNull(form, "form");
    }

    /** The form record this listener checks. */
    public Class<? extends Record> form() {
        return form;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskService tasks = task.getProcessEngineServices().getTaskService();
        // Counted only for a form whose rule asks (evidence: links or an attachment), not for every completion.
        IntSupplier attachments = () -> tasks.getTaskAttachments(task.getId()).size()
                + tasks.getProcessInstanceAttachments(task.getProcessInstanceId()).size();
        // Typed and not deserialized: a serialized object is refused as a value, never turned into one here.
        Map<String, Object> values = new HashMap<>();
        for (String field : FormBinder.fields(form)) {
            TypedValue value = task.getVariableTyped(field, false);
            if (value != null) {
                values.put(field, value);
            }
        }
        FormBinder.Result<? extends Record> result = FormBinder.bind(form, values, attachments);
        if (!result.valid()) {
            throw new FormValidationException(form.getAnnotation(TaskForm.class).title(), result.violations());
        }
    }
}
