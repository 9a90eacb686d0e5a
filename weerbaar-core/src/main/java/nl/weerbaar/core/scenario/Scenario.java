package nl.weerbaar.core.scenario;

import nl.weerbaar.core.catalog.Translations;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A crisis scenario the guide prepares gemeenten for, and the measures it calls on besides those every scenario
 * calls on.
 *
 * @param code         stable code in capitals, e.g. {@code LANGDURIGE_STROOMUITVAL}; what a crisis is started with
 * @param name         Dutch name
 * @param aliases      earlier codes that still mean this scenario
 * @param namedQuote   the guide's words that name the threat
 * @param namedWhere   where in the guide they stand
 * @param translations translated name
 * @param measures     the measures it calls on, in the file's order
 */
public record Scenario(String code, String name, List<String> aliases, String namedQuote, String namedWhere,
                       Translations translations, List<ScenarioMeasure> measures) {

    public Scenario {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        translations = translations == null ? Translations.none() : translations;
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    public String name(Locale locale) {
        return translations.getOrDefault(locale, "name", name);
    }

    /** Whether this scenario is known by the code, as it is written now or as it once was. */
    public boolean knownAs(String codeOrAlias) {
        return code.equals(codeOrAlias) || aliases.contains(codeOrAlias);
    }
}
