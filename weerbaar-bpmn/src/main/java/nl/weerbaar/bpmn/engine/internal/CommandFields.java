package nl.weerbaar.bpmn.engine.internal;

import java.lang.reflect.Field;

/**
 * Reads and replaces the arguments Camunda's commands keep in protected fields — a task command's {@code taskId}
 * and its {@code variables} — which the engine offers no other way to see before the command runs. The names are
 * those of Camunda 7.24 (and Operaton); a missing field is a programming error, reported at once.
 */
final class CommandFields {

    private CommandFields() {
    }

    static Object read(Object command, String name) {
        try {
            return field(command.getClass(), name).get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
        }
    }

    static void write(Object command, String name, Object value) {
        try {
            field(command.getClass(), name).set(command, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set " + name + " of " + command.getClass().getName(), e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            try {
                Field field = at.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name + "; this Camunda version is not"
                + " one Weerbaar's integrity checks know");
    }
}
