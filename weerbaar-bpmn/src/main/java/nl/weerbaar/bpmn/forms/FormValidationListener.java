package nl.weerbaar.bpmn.forms;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.Objects;

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
        int attachments = tasks.getTaskAttachments(task.getId()).size()
                + tasks.getProcessInstanceAttachments(task.getProcessInstanceId()).size();
        FormBinder.Result<? extends Record> result = FormBinder.bind(form, task.getVariables(), attachments);
        if (!result.valid()) {
            throw new FormValidationException(form.getAnnotation(TaskForm.class).title(), result.violations());
        }
    }
}
