package nl.weerbaar.bpmn.forms;

/**
 * An enum whose constants are the choices of a form field; its label is shown, its name is stored. Label each
 * constant with {@link Label}.
 */
public interface Option {

    /** The choice as a person reads it, in Dutch. */
    default String label() {
        Enum<?> constant = (Enum<?>) this;
        try {
            Label label = constant.getDeclaringClass().getField(constant.name()).getAnnotation(Label.class);
            if (label == null) {
                throw new IllegalStateException(constant.getDeclaringClass().getSimpleName() + "." + constant.name()
                        + " has no @Label");
            }
            return label.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
