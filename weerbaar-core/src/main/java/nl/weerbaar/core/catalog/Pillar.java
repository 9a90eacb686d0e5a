package nl.weerbaar.core.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One of the guide's pillars, with the authority (bevoegd gezag) the guide names for it.
 *
 * @param number       1-based position in the source's order
 * @param code         stable kebab-case code
 * @param name         Dutch name
 * @param authority    the bevoegd gezag, e.g. {@code burgemeester}
 * @param provenance   fields not read unambiguously from the source
 * @param translations translated name and authority
 */
public record Pillar(int number, String code, String name, String authority,
                     Map<String, Provenance> provenance, Translations translations) {

    public Pillar {
        if (number < 1) {
            throw new IllegalArgumentException("pillar number must be at least 1, was " + number);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(authority, "authority");
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
        translations = translations == null ? Translations.none() : translations;
    }

    public String name(Locale locale) {
        return translations.getOrDefault(locale, "name", name);
    }

    public String authority(Locale locale) {
        return translations.getOrDefault(locale, "authority", authority);
    }
}
