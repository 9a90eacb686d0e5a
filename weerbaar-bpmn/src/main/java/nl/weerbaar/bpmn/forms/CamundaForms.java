package nl.weerbaar.bpmn.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Renders a {@link TaskForm} record as a Camunda Form (form-js JSON): the context variables read-only, then one
 * component per record component with the record's constraints as validation. Deterministic, so the committed
 * {@code .form} files can be compared with a fresh rendering.
 */
public final class CamundaForms {

    /** The form-js schema version written; Camunda 7.24 Tasklist renders it. */
    public static final int SCHEMA_VERSION = 12;

    private static final ObjectMapper JSON = new ObjectMapper();

    private CamundaForms() {
    }

    /** The resource name under which the form is deployed: {@code weerbaar/forms/<id>.form}. */
    public static String resourceName(Class<? extends Record> type) {
        return "weerbaar/forms/" + form(type).id() + ".form";
    }

    public static String render(Class<? extends Record> type) {
        TaskForm form = form(type);
        ObjectNode root = JSON.createObjectNode();
        root.put("id", form.id());
        root.put("type", "default");
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("exporter").put("name", "weerbaar").put("version", "1");
        ArrayNode components = root.putArray("components");

        ObjectNode heading = components.addObject();
        heading.put("id", "Text_heading");
        heading.put("type", "text");
        heading.put("text", "## " + form.title() + (form.description().isEmpty() ? "" : "\n\n" + form.description()));

        for (TaskForm.Context context : form.context()) {
            ObjectNode field = components.addObject();
            field.put("id", "Context_" + context.variable());
            field.put("key", context.variable());
            field.put("label", context.label());
            field.put("type", context.multiline() ? "textarea" : "textfield");
            field.put("readonly", true);
        }
        for (RecordComponent component : type.getRecordComponents()) {
            components.add(field(component));
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode field(RecordComponent component) {
        Field annotation = component.getAnnotation(Field.class);
        if (annotation == null) {
            throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "." + component.getName()
                    + " has no @Field label");
        }
        Class<?> type = component.getType();
        ObjectNode field = JSON.createObjectNode();
        field.put("id", "Field_" + component.getName());
        field.put("key", component.getName());
        field.put("label", annotation.label());
        if (!annotation.description().isEmpty()) {
            field.put("description", annotation.description());
        }
        ObjectNode validate = JSON.createObjectNode();
        if (type == String.class) {
            field.put("type", annotation.multiline() ? "textarea" : "textfield");
        } else if (type == LocalDate.class) {
            field.put("type", "datetime");
            field.put("subtype", "date");
            field.put("dateLabel", annotation.label());
            field.remove("label");
        } else if (type == OffsetDateTime.class) {
            field.put("type", "datetime");
            field.put("subtype", "datetime");
            field.put("dateLabel", annotation.label());
            field.put("timeLabel", "Tijd");
            field.put("use24h", true);
            field.put("timeSerializingFormat", "utc_offset");
            field.remove("label");
        } else if (type == Boolean.class) {
            field.put("type", "checkbox");
        } else if (type == Integer.class) {
            field.put("type", "number");
        } else if (type.isEnum() && Option.class.isAssignableFrom(type)) {
            field.put("type", "radio");
            ArrayNode values = field.putArray("values");
            for (Object constant : type.getEnumConstants()) {
                values.addObject().put("label", ((Option) constant).label()).put("value", ((Enum<?>) constant).name());
            }
        } else {
            throw new IllegalStateException("form field type not supported: " + type);
        }
        if (constraint(component, NotNull.class) != null || constraint(component, NotBlank.class) != null
                || constraint(component, NotEmpty.class) != null) {
            validate.put("required", true);
        }
        Size size = constraint(component, Size.class);
        if (size != null && size.min() > 0) {
            validate.put("minLength", size.min());
        }
        if (type == String.class) {
            // No form takes more text than the engine stores in a variable (FormBinder refuses it on submission).
            int max = size == null ? Integer.MAX_VALUE : size.max();
            if (max != Integer.MAX_VALUE && max > FormBinder.STORED_TEXT_MAX) {
                throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "."
                        + component.getName() + " allows " + max + " characters; the engine stores at most "
                        + FormBinder.STORED_TEXT_MAX + " in a text variable");
            }
            validate.put("maxLength", Math.min(max, FormBinder.STORED_TEXT_MAX));
        }
        Pattern pattern = constraint(component, Pattern.class);
        if (pattern != null) {
            validate.put("pattern", pattern.regexp());
        }
        Min min = constraint(component, Min.class);
        if (min != null) {
            validate.put("min", min.value());
        }
        Max max = constraint(component, Max.class);
        if (max != null) {
            validate.put("max", max.value());
        }
        if (!validate.isEmpty()) {
            field.set("validate", validate);
        }
        return field;
    }

    /**
     * Bean Validation annotations do not target record components, so the compiler keeps them on the record's
     * field (and accessor), not on the component.
     */
    private static <A extends java.lang.annotation.Annotation> A constraint(RecordComponent component, Class<A> type) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(type);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TaskForm form(Class<? extends Record> type) {
        TaskForm form = type.getAnnotation(TaskForm.class);
        if (form == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated with @TaskForm");
        }
        return form;
    }
}
