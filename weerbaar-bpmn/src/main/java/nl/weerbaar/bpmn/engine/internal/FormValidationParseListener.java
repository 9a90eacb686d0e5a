package nl.weerbaar.bpmn.engine.internal;

import nl.weerbaar.bpmn.forms.FormRegistry;
import nl.weerbaar.bpmn.forms.FormValidationListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.Optional;

/**
 * Gives every parsed user task whose Camunda Form is a registered form record the record's check as its first
 * complete listener, ahead of the model's own. Done when the engine parses a model, so it holds for every deployment of every model —
 * Weerbaar's, a host's, or an edited copy — and cannot be left out of one.
 */
public final class FormValidationParseListener extends AbstractBpmnParseListener {

    private final FormRegistry forms;

    public FormValidationParseListener(FormRegistry forms) {
        this.forms = forms;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return;
        }
        TaskDefinition task = behavior.getTaskDefinition();
        // A built-in listener runs before every listener of the model, so nothing acts on input the form refuses.
        formOf(task, forms).ifPresent(record -> task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                new FormValidationListener(record)));
    }

    /** The registered form record a user task's {@code formRef} names, if any. */
    static Optional<Class<? extends Record>> formOf(TaskDefinition task, FormRegistry forms) {
        FormDefinition form = task == null ? null : task.getFormDefinition();
        Expression formRef = form == null ? null : form.getCamundaFormDefinitionKey();
        return formRef == null ? Optional.empty() : forms.find(formRef.getExpressionText());
    }
}
