package nl.weerbaar.bpmn.forms;

/**
 * One field of a submitted form that breaks a rule.
 *
 * @param field   the form field's key (the process variable)
 * @param label   the field's Dutch label
 * @param message what is wrong, in Dutch
 */
public record FormViolation(String field, String label, String message) {

    @Override
    public String toString() {
        return label + " (" + field + "): " + message;
    }
}
