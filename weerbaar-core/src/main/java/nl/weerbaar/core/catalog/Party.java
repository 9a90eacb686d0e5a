package nl.weerbaar.core.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * An organisation the guide names as responsible for a measure or as a partner in it.
 *
 * @param code         stable kebab-case code, e.g. {@code veiligheidsregios}
 * @param name         Dutch name as the source writes it
 * @param translations translated names
 */
public record Party(String code, String name, Translations translations) {

    public Party {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        translations = translations == null ? Translations.none() : translations;
    }

    public Party(String code, String name) {
        this(code, name, Translations.none());
    }

    public String name(Locale locale) {
        return translations.getOrDefault(locale, "name", name);
    }
}
