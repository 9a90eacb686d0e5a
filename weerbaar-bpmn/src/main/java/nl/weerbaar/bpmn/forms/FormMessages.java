package nl.weerbaar.bpmn.forms;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of task forms, from the bundle {@code nl.weerbaar.bpmn.forms.FormMessages} (Dutch, with English in
 * {@code FormMessages_en}). A message written as {@code {key}} is looked up there; {@code {name}} placeholders in
 * the text are then filled from the constraint's attributes, e.g. {@code {max}}.
 */
public final class FormMessages {

    /** The bundle's base name. */
    public static final String BUNDLE = "nl.weerbaar.bpmn.forms.FormMessages";

    /** Dutch, the language of the forms. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private FormMessages() {
    }

    /** The text of a message template in the locale, its placeholders filled from the attributes. */
    public static String resolve(String template, Map<String, ?> attributes, Locale locale) {
        String text = lookUp(template, locale);
        for (Map.Entry<String, ?> attribute : attributes.entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
    }

    /** The text of a message template in Dutch. */
    public static String resolve(String template) {
        return resolve(template, Map.of(), DUTCH);
    }

    private static String lookUp(String template, Locale locale) {
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return template;
        }
        String key = template.substring(1, template.length() - 1);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, FormMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("form message " + template + " is not in " + BUNDLE, e);
        }
    }
}
