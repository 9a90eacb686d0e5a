package nl.weerbaar.bpmn.forms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as the input of a user task's form. Its components are the fields a person fills in; their
 * Bean Validation constraints are checked when the task is completed and become the form's validation rules.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TaskForm {

    /** The Camunda Form id, referenced by {@code camunda:formRef}; starts with {@code weerbaar-}. */
    String id();

    /** Heading shown above the form, in Dutch. */
    String title();

    /** What the person does, in Dutch; shown under the heading. */
    String description() default "";

    /** Process variables shown read-only above the fields, so the task shows what the guide says. */
    Context[] context() default {};

    /** A process variable shown read-only on the form. */
    @interface Context {

        String variable();

        String label();

        boolean multiline() default false;
    }
}
