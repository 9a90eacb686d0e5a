package nl.weerbaar.bpmn.model;

import nl.weerbaar.bpmn.forms.FormValidationListener;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.roles.RoleMapping;

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

    /** The candidate-group expression for a role code, resolved through the configured {@link RoleMapping}. */
    public static String candidates(String roleCode) {
        return "${" + RoleMapping.BEAN_NAME + ".group('" + roleCode + "')}";
    }

    /** An expression that records the measure's status. */
    public static String setStatus(Enum<?> status) {
        return "${execution.setVariable('" + MeasureVariables.STATUS + "', '" + status.name() + "')}";
    }
}
