package nl.weerbaar.bpmn.model;

import nl.weerbaar.bpmn.forms.FormValidationListener;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.roles.RoleMapping;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Conventions every model follows: candidate groups through the role mapping, form validation on completion,
 * status kept in a variable.
 */
public final class Models {

    /** How long history is kept after an instance ends (Camunda 7.20+ refuses models without it). */
    public static final int HISTORY_TIME_TO_LIVE_DAYS = 1825;

    /** The task listener that enforces a task's form on completion. */
    public static final String FORM_VALIDATION = "${" + FormValidationListener.BEAN_NAME + "}";

    private Models() {
    }

    /**
     * Finishes a model: every user task with a form gets it bound to its deployment and, as its first complete
     * listener, the form validation — so no task can forget either — and the builder's random ids become stable.
     */
    public static BpmnModelInstance finish(BpmnModelInstance model) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() == null) {
                continue;
            }
            task.setCamundaFormRefBinding("deployment");
            ExtensionElements extensions = task.getExtensionElements();
            if (extensions == null) {
                extensions = model.newInstance(ExtensionElements.class);
                task.setExtensionElements(extensions);
            }
            CamundaTaskListener validation = model.newInstance(CamundaTaskListener.class);
            validation.setCamundaEvent("complete");
            validation.setCamundaDelegateExpression(FORM_VALIDATION);
            CamundaTaskListener first = extensions.getChildElementsByType(CamundaTaskListener.class).stream()
                    .findFirst().orElse(null);
            if (first == null) {
                extensions.addChildElement(validation);
            } else {
                extensions.insertElementAfter(validation, previousSibling(extensions, first));
            }
        }
        return StableIds.apply(model);
    }

    private static ModelElementInstance previousSibling(ExtensionElements extensions, ModelElementInstance element) {
        ModelElementInstance previous = null;
        for (ModelElementInstance child : extensions.getElements()) {
            if (child == element) {
                return previous;
            }
            previous = child;
        }
        return previous;
    }

    /** The candidate-group expression for a role code, resolved through the configured {@link RoleMapping}. */
    public static String candidates(String roleCode) {
        return "${" + RoleMapping.BEAN_NAME + ".group('" + roleCode + "')}";
    }

    /** An expression that records the measure's status. */
    public static String setStatus(Enum<?> status) {
        return "${execution.setVariable('" + MeasureVariables.STATUS + "', '" + status.name() + "')}";
    }
}
