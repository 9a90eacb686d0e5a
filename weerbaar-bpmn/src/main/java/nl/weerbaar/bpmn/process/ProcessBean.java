package nl.weerbaar.bpmn.process;

import java.util.Objects;
import java.util.function.Function;

/**
 * A delegate, listener or helper a process model names in an expression ({@code ${weerbaarLoadMeasure}}), with how
 * to make it from the shared components.
 *
 * @param name    the name the model uses
 * @param type    what it is
 * @param factory makes it
 */
public record ProcessBean(String name, Class<?> type, Function<WeerbaarComponents, ?> factory) {

    public ProcessBean {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
    }

    public static <T> ProcessBean of(String name, Class<T> type, Function<WeerbaarComponents, ? extends T> factory) {
        return new ProcessBean(name, type, factory);
    }

    /** Makes the bean. */
    public Object create(WeerbaarComponents components) {
        Object bean = factory.apply(components);
        if (!type.isInstance(bean)) {
            throw new IllegalStateException("process bean " + name + " should be a " + type.getName() + ", got "
                    + (bean == null ? "null" : bean.getClass().getName()));
        }
        return bean;
    }
}
