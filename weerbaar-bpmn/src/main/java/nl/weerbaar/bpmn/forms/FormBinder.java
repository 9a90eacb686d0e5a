package nl.weerbaar.bpmn.forms;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
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
import java.util.Optional;
import java.util.Set;

/**
 * Turns submitted variables into a {@link TaskForm} record and checks it: types first, then Bean Validation,
 * then the record's own cross-field rules. Every broken rule comes back, each naming its field.
 */
public final class FormBinder {

    /** Each form record's components, read once: reflection copies them on every call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };
    private static final ClassValue<List<String>> FIELDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(COMPONENTS.get(type)).map(RecordComponent::getName).toList();
        }
    };
    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(Arrays.stream(COMPONENTS.get(type))
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("form record " + type.getSimpleName() + " has no canonical"
                        + " constructor", e);
            }
        }
    };

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
        return bind(type, variables, () -> attachments);
    }

    /**
     * Binds and checks; {@link FormChecks#attachments()} reports what {@code attachments} counts, asked only when a
     * rule of the form needs it.
     */
    public static <T extends Record> Result<T> bind(Class<T> type, Map<String, ?> variables,
                                                    java.util.function.IntSupplier attachments) {
        RecordComponent[] components = COMPONENTS.get(type);
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
        T form = instantiate(type, values);
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
        return Arrays.stream(COMPONENTS.get(type)).filter(c -> c.getName().equals(component)).findFirst()
                .map(c -> c.getAnnotation(Field.class)).map(Field::label).orElse(component);
    }

    private static FormViolation violation(Class<?> type, String field, String message) {
        return new FormViolation(field, label(type, field), message);
    }

    private static int indexOf(Class<?> type, String field) {
        RecordComponent[] components = COMPONENTS.get(type);
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(field)) {
                return i;
            }
        }
        return components.length;
    }

    /** The names of the form's fields, in the record's order. */
    public static List<String> fields(Class<? extends Record> type) {
        return FIELDS.get(type);
    }

    /** The longest text the engine stores in a variable (its TEXT_ column); a form's own limit may be lower. */
    public static final int STORED_TEXT_MAX = 4000;

    /**
     * What is wrong with the kind of a submitted value for one field — a number for a text field, a serialized
     * object for anything — or empty when the field takes it; the form's own rules are checked on completion.
     *
     * @throws IllegalArgumentException when the form has no such field
     */
    public static Optional<String> typeProblem(Class<? extends Record> type, String field, Object value) {
        RecordComponent component = Arrays.stream(COMPONENTS.get(type))
                .filter(c -> c.getName().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no field " + field));
        try {
            convert(value, component.getType());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The field's value from what was submitted or stored: a plain value or a Camunda typed value, never
     * deserialized here. Each field takes only its own kind of value — a text field only text — so a stored value
     * is always what the field's readers expect.
     */
    private static Object convert(Object value, Class<?> target) {
        if (value instanceof TypedValue typed) {
            if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()
                    || typed.getType() == ValueType.OBJECT || typed.getType() == ValueType.BYTES
                    || typed.getType() == ValueType.FILE) {
                throw unsupported(typed.getType() == null ? typed.getClass().getSimpleName()
                        : typed.getType().getName());
            }
            value = typed.getValue();
        }
        if (value == null || (value instanceof String s && s.isEmpty() && target != String.class)) {
            return null;
        }
        if (value instanceof byte[] || value instanceof java.io.InputStream) {
            throw unsupported(value instanceof byte[] ? "bytes" : "file");
        }
        if (target == String.class) {
            if (value instanceof String s) {
                if (s.length() > STORED_TEXT_MAX) {
                    // The engine stores text in a column of this size: longer text would fail in the database.
                    throw new IllegalArgumentException(FormMessages.resolve("{weerbaar.form.max-length}",
                            Map.of("max", STORED_TEXT_MAX), FormMessages.DUTCH));
                }
                if (s.indexOf('\u0000') >= 0) {
                    // PostgreSQL's text columns cannot hold the NUL character: the insert would fail (a 500).
                    throw new IllegalArgumentException(FormMessages.resolve("{weerbaar.form.type.nul}"));
                }
                return s;
            }
            throw new IllegalArgumentException(FormMessages.resolve("{weerbaar.form.type.text}"));
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
            throw new IllegalArgumentException(FormMessages.resolve("{weerbaar.form.type.boolean}"));
        }
        if (target == Integer.class) {
            return toInteger(value);
        }
        if (target.isEnum()) {
            String name = value instanceof String s ? s : null;
            return Arrays.stream(target.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(FormMessages.resolve(
                            "{weerbaar.form.type.option}")));
        }
        throw new IllegalStateException("form field type not supported: " + target);
    }

    /** A whole number within int's range; a number with a fraction or text is refused, not rounded or parsed. */
    private static Integer toInteger(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long || value instanceof Double || value instanceof Float
                || value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger) {
            try {
                return new java.math.BigDecimal(value.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw invalid("{weerbaar.form.type.integer}");
            }
        }
        throw invalid("{weerbaar.form.type.integer}");
    }

    private static IllegalArgumentException unsupported(String kind) {
        return new IllegalArgumentException(FormMessages.resolve("{weerbaar.form.type.unsupported}",
                Map.of("type", kind), FormMessages.DUTCH));
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (!(value instanceof String)) {
            throw invalid("{weerbaar.form.type.date}");
        }
        String text = ((String) value).strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw invalid("{weerbaar.form.type.date}");
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
        if (!(value instanceof String)) {
            throw invalid("{weerbaar.form.type.datetime}");
        }
        String text = ((String) value).strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw invalid("{weerbaar.form.type.datetime}");
            }
        }
    }

    /** The refusal of a value of the wrong kind, made only when a value is refused. */
    private static IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException(FormMessages.resolve(message));
    }

    private static <T> T instantiate(Class<T> type, Object[] values) {
        try {
            return type.cast(CONSTRUCTORS.get(type).newInstance(values));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("form record " + type.getSimpleName() + " rejected its values", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create form record " + type.getSimpleName(), e);
        }
    }
}
