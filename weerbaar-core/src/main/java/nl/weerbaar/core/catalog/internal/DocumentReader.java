package nl.weerbaar.core.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns parts of a YAML tree into file-format types, one list element at a time, so that a wrong type in one
 * measure does not hide the problems of the others; then checks each with Bean Validation.
 */
public final class DocumentReader {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH,
                    context -> Locale.ENGLISH, false))
            .buildValidatorFactory()
            .getValidator();

    /** Constraints whose violation on a key that is not in the file at all means: the key is missing. */
    private static final Set<Class<?>> REQUIRED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private final Violations violations;
    private boolean complete = true;

    public DocumentReader(Violations violations) {
        this.violations = violations;
    }

    /** Whether every part read so far could be turned into its type; cross-element rules need that. */
    public boolean complete() {
        return complete;
    }

    /** The object at the path without the given keys (read separately as lists), as the type. */
    public <T> T readObject(NodePath path, Class<T> type, String... listKeys) {
        JsonNode node = violations.document().at(path);
        if (node instanceof ObjectNode object && listKeys.length > 0) {
            ObjectNode copy = object.deepCopy();
            copy.remove(List.of(listKeys));
            node = copy;
        }
        return convert(node, path, type);
    }

    /**
     * The list at the path, element by element; an element that cannot be read is {@code null} in the result, so
     * indexes keep matching the file. A missing list is {@code null}; one that is not a list is reported.
     */
    public <T> List<T> readList(NodePath path, Class<T> elementType) {
        JsonNode node = violations.document().at(path);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            violations.add(path, "expected a list, found " + Describe.node(node));
            complete = false;
            return null;
        }
        List<T> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(convert(node.get(i), path.index(i), elementType));
        }
        return Collections.unmodifiableList(elements);
    }

    /** Checks the object's Bean Validation constraints; paths are relative to {@code base}. */
    public void validate(Object object, NodePath base) {
        if (object == null) {
            return;
        }
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(object)) {
            NodePath path = base.append(toNodePath(violation.getPropertyPath()));
            boolean absent = violations.document().at(path).isMissingNode();
            Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
            violations.add(path, absent && REQUIRED.contains(constraint) ? "is required" : violation.getMessage());
        }
    }

    /** Validates each non-null element at its index below {@code listPath}. */
    public void validateEach(List<?> elements, NodePath listPath) {
        if (elements == null) {
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            validate(elements.get(i), listPath.index(i));
        }
    }

    private <T> T convert(JsonNode node, NodePath path, Class<T> type) {
        if (!node.isObject()) {
            violations.add(path, "expected a mapping, found " + Describe.node(node));
            complete = false;
            return null;
        }
        try {
            return YamlDocument.MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            NodePath where = path;
            for (JsonMappingException.Reference reference : e.getPath()) {
                where = reference.getFieldName() != null ? where.key(reference.getFieldName())
                        : where.index(reference.getIndex());
            }
            violations.add(where, describe(e, violations.document().at(where)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            violations.add(path, "could not be read: " + e.getMessage());
        }
        complete = false;
        return null;
    }

    private static String describe(JsonMappingException e, JsonNode found) {
        if (e instanceof PropertyBindingException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            Set<String> allowed = new TreeSet<>();
            if (known != null) {
                known.forEach(k -> allowed.add(String.valueOf(k)));
            }
            return "unknown key '" + unknown.getPropertyName() + "'; allowed keys are " + String.join(", ", allowed);
        }
        if (e instanceof InvalidFormatException invalid) {
            return "expected " + Describe.type(invalid.getTargetType()) + ", found " + Describe.node(found);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return "expected " + Describe.type(mismatched.getTargetType()) + ", found " + Describe.node(found);
        }
        return "could not be read: " + e.getOriginalMessage();
    }

    private static NodePath toNodePath(Path propertyPath) {
        NodePath path = NodePath.root();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    path = path.index(node.getIndex());
                } else if (node.getKey() != null) {
                    path = path.key(String.valueOf(node.getKey()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                path = path.key(node.getName());
            }
        }
        return path;
    }
}
