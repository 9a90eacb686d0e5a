package nl.weerbaar.bpmn.forms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Dutch label of an {@link Option} constant: {@code @Label("Van toepassing") VAN_TOEPASSING}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Label {

    String value();
}
