package nl.weerbaar.bpmn.forms;

/**
 * An enum whose constants are the choices of a form field; its label is shown, its name is stored.
 */
public interface Option {

    /** The choice as a person reads it, in Dutch. */
    String label();
}
