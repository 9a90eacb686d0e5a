package nl.weerbaar.core.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Words for YAML values and expected types, for messages a municipal developer understands.
 */
final class Describe {

    private Describe() {
    }

    static String node(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "an empty value";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isBoolean()) {
            return "the boolean " + node.asText();
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        String text = node.asText();
        return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }

    static String type(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text (quote numbers such as \"2.3\")";
        }
        if (type == PartnersDocument.class) {
            return PartnersDocument.EXPECTATION;
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "a mapping" : "a " + type.getSimpleName();
    }
}
