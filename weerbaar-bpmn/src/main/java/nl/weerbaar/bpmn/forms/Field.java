package nl.weerbaar.bpmn.forms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a component of a {@link TaskForm} record appears on the form.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {

    /** Label in Dutch. */
    String label();

    /** Help text in Dutch. */
    String description() default "";

    /** A text area rather than a single line. */
    boolean multiline() default false;
}
