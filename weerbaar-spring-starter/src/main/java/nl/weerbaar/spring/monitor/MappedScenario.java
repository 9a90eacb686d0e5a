package nl.weerbaar.spring.monitor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A crisis scenario and the measures that prepare for it.
 *
 * @param code        stable code, e.g. {@code LANGDURIGE_STROOMUITVAL}
 * @param name        Dutch name
 * @param englishName English name, {@code null} when the mapping has none
 * @param named       where the guide or the ledenbrief names the threat, {@code null} when nowhere
 * @param measures    the measures it calls on, each with where the link comes from
 */
public record MappedScenario(String code, String name, String englishName, String named, List<Link> measures) {

    public MappedScenario {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        measures = List.copyOf(measures);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && englishName != null ? englishName : name;
    }

    public List<String> refs() {
        return measures.stream().map(Link::ref).toList();
    }

    /**
     * One measure a scenario calls on.
     *
     * @param ref    the measure's ref
     * @param basis  {@code SOURCE} (read in the guide), {@code EDITORIAL} (the editors' judgement) or {@code LOCAL}
     *               (the gemeente's own adjustment)
     * @param reason the guide's words that make the link, or why the editors or the gemeente made it
     */
    public record Link(String ref, String basis, String reason) {
    }
}
