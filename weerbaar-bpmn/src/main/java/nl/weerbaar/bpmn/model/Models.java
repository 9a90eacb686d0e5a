package nl.weerbaar.bpmn.model;

import nl.weerbaar.bpmn.roles.RoleMapping;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Conventions every model follows: candidate groups through the role mapping, forms bound to their deployment,
 * stable ids.
 */
public final class Models {

    /** How long history is kept after an instance ends (Camunda 7.20+ refuses models without it). */
    public static final int HISTORY_TIME_TO_LIVE_DAYS = 1825;

    private Models() {
    }

    /**
     * Finishes a model: every user task with a form gets it bound to its deployment, so a task shows the form
     * deployed with its own version of the model, and the builder's random ids become stable. Form validation is
     * not part of the model: the engine adds it to every task whose form is registered (see
     * {@code WeerbaarEnginePlugin}), so no model can leave it out.
     */
    public static BpmnModelInstance finish(BpmnModelInstance model) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() != null) {
                task.setCamundaFormRefBinding("deployment");
            }
        }
        return StableIds.apply(model);
    }

    /**
     * The candidate-group expression for the group a process variable holds, with the role's as fallback for
     * instances that lack the variable (started on, or migrated from, a version that did not set it).
     */
    public static String candidatesFrom(String variable, String fallbackRoleCode) {
        return "${" + RoleMapping.BEAN_NAME + ".candidateGroup(execution, '" + variable + "', '" + fallbackRoleCode
                + "')}";
    }

    /** The candidate-group expression for a role code, resolved through the configured {@link RoleMapping}. */
    public static String candidates(String roleCode) {
        return "${" + RoleMapping.BEAN_NAME + ".group('" + roleCode + "')}";
    }
}
