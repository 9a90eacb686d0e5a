package nl.weerbaar.bpmn.forms;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns submitted variables into a {@link TaskForm} record and checks it: types first, then Bean Validation,
 * then the record's own cross-field rules. Every broken rule comes back, each naming its field.
 */
public final class FormBinder {

    // Messages are resolved from FormMessages after validation; the interpolator only keeps Hibernate from
    // needing Expression Language.
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(FormMessages.DUTCH), FormMessages.DUTCH,
                    context -> FormMessages.DUTCH, false))
            .buildValidatorFactory()
            .getValidator();

    private FormBinder() {
    }

    /** The outcome of binding: the record when every rule holds, else the violations. */
    public record Result<T>(T form, List<FormViolation> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public static <T extends Record> Result<T> bind(Class<T> type, Map<String, ?> variables) {
        return bind(type, variables, 0);
    }

    /** Binds and checks; {@code attachments} is what {@link FormChecks#attachments()} reports. */
    public static <T extends Record> Result<T> bind(Class<T> type, Map<String, ?> variables, int attachments) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        List<FormViolation> violations = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            try {
                values[i] = convert(variables.get(component.getName()), component.getType());
            } catch (IllegalArgumentException e) {
                violations.add(violation(type, component.getName(), e.getMessage()));
            }
        }
        T form = instantiate(type, components, values);
        if (!violations.isEmpty()) {
            return new Result<>(null, violations);
        }
        for (ConstraintViolation<T> violation : VALIDATOR.validate(form)) {
            violations.add(violation(type, violation.getPropertyPath().toString(), FormMessages.resolve(
                    violation.getMessageTemplate(), violation.getConstraintDescriptor().getAttributes(),
                    FormMessages.DUTCH)));
        }
        if (violations.isEmpty() && form instanceof CheckedForm checked) {
            FormChecks checks = new FormChecks(attachments);
            checked.check(checks);
            checks.failures().forEach(f -> violations.add(violation(type, f[0], FormMessages.resolve(f[1]))));
        }
        violations.sort(java.util.Comparator.comparingInt(v -> indexOf(type, v.field())));
        return new Result<>(violations.isEmpty() ? form : null, violations);
    }

    /** The Dutch label of a record component, or its name when it has none. */
    public static String label(Class<?> type, String component) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
                .map(c -> c.getAnnotation(Field.class)).map(Field::label).orElse(component);
    }

    private static FormViolation violation(Class<?> type, String field, String message) {
        return new FormViolation(field, label(type, field), message);
    }

    private static int indexOf(Class<?> type, String field) {
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(field)) {
                return i;
            }
        }
        return components.length;
    }

    private static Object convert(Object value, Class<?> target) {
        if (value == null || (value instanceof String s && s.isEmpty() && target != String.class)) {
            return null;
        }
        if (target == String.class) {
            return value instanceof String s ? s : String.valueOf(value);
        }
        if (target == LocalDate.class) {
            return toDate(value);
        }
        if (target == OffsetDateTime.class) {
            return toDateTime(value);
        }
        if (target == Boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            if ("true".equals(value) || "false".equals(value)) {
                return Boolean.valueOf((String) value);
            }
            throw new IllegalArgumentException("moet ja of nee zijn");
        }
        if (target == Integer.class) {
            try {
                return value instanceof Number n ? Math.toIntExact(n.longValue()) : Integer.valueOf(value.toString().strip());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("moet een geheel getal zijn");
            }
        }
        if (target.isEnum()) {
            String name = value.toString();
            return Arrays.stream(target.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("is geen geldige keuze"));
        }
        throw new IllegalStateException("form field type not supported: " + target);
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is geen geldige datum (JJJJ-MM-DD)");
        }
    }

    /**
     * A moment as Tasklist's date-and-time field submits it ({@code 2026-01-05T14:30+01:00}), in UTC
     * ({@code ...Z}), without a zone (read as the server's), or as a date the REST API sent.
     */
    private static OffsetDateTime toDateTime(Object value) {
        if (value instanceof OffsetDateTime moment) {
            return moment;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
        }
        String text = value.toString().strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("is geen geldig tijdstip (JJJJ-MM-DDTUU:MM)");
            }
        }
    }

    private static <T> T instantiate(Class<T> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("form record " + type.getSimpleName() + " rejected its values", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create form record " + type.getSimpleName(), e);
        }
    }
}
