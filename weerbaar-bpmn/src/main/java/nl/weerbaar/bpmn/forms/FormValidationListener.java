package nl.weerbaar.bpmn.forms;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Checks, when a task is completed, that the submitted variables satisfy the task form's record — the same rules
 * the Camunda Form shows. Invalid input fails the completion, which rolls back: nothing changes.
 */
public final class FormValidationListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarFormValidation";

    private final FormRegistry forms;

    public FormValidationListener(FormRegistry forms) {
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        String formId = userTask == null ? null : userTask.getCamundaFormRef();
        if (formId == null) {
            throw new ProcessEngineException("task " + task.getTaskDefinitionKey() + " validates its form but has no"
                    + " camunda:formRef");
        }
        Class<? extends Record> type = forms.find(formId).orElseThrow(() -> new ProcessEngineException(
                "no form record registered for form " + formId + " of task " + task.getTaskDefinitionKey()));
        TaskService tasks = task.getProcessEngineServices().getTaskService();
        int attachments = tasks.getTaskAttachments(task.getId()).size()
                + tasks.getProcessInstanceAttachments(task.getProcessInstanceId()).size();
        FormBinder.Result<? extends Record> result = FormBinder.bind(type, task.getVariables(), attachments);
        if (!result.valid()) {
            throw new FormValidationException(type.getAnnotation(TaskForm.class).title(), result.violations());
        }
    }
}
