package nl.weerbaar.bpmn.forms;

/**
 * A {@link TaskForm} record with rules that span fields, checked after its Bean Validation constraints.
 */
public interface CheckedForm {

    void check(FormChecks checks);
}
