package nl.weerbaar.core.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One measure of a catalog, as the guide states it.
 *
 * @param id             stable URN
 * @param ref            the source's number, e.g. {@code 2.3}
 * @param pillar         the pillar it belongs to
 * @param rank           its place in the pillar's list, which the guide orders by priority
 * @param mostCrucial    whether the guide counts it among the most crucial of its pillar
 * @param title          short Dutch title
 * @param text           the guide's wording
 * @param phases         the crisis phases in which it applies
 * @param responsible    the parties finally responsible
 * @param partners       the supporting parties that are known: empty when the source names none, and also when
 *                       its value is not known ({@code partnersKnown} false), apart from partners an overlay added
 * @param provenance     fields not read unambiguously from the source, with the reason
 * @param translations   translated title, text and partners remark
 * @param partnersKnown  false when the source's partner value is not known (lost, or not attributable to this
 *                       measure), so that an empty {@code partners} means "unknown" rather than "none"
 * @param partnersRemark the source's own words in the partner cell when that cell is a remark rather than a list
 *                       of parties; {@code null} when there is none
 */
public record Measure(MeasureId id, String ref, Pillar pillar, int rank, boolean mostCrucial, String title,
                     String text, Set<Phase> phases, List<Party> responsible, List<Party> partners,
                     Map<String, Provenance> provenance, Translations translations, boolean partnersKnown,
                     String partnersRemark) {

    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be at least 1, was " + rank + " for measure " + ref);
        }
        phases = phases == null || phases.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(phases));
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        partners = partners == null ? List.of() : List.copyOf(partners);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
        translations = translations == null ? Translations.none() : translations;
        if (partnersRemark != null && partnersRemark.isBlank()) {
            throw new IllegalArgumentException("partners remark must not be blank for measure " + ref
                    + "; leave it out when there is none");
        }
    }

    /** A measure whose partners the source lists (possibly none), without a remark. */
    public Measure(MeasureId id, String ref, Pillar pillar, int rank, boolean mostCrucial, String title, String text,
                   Set<Phase> phases, List<Party> responsible, List<Party> partners, Map<String, Provenance> provenance,
                   Translations translations) {
        this(id, ref, pillar, rank, mostCrucial, title, text, phases, responsible, partners, provenance, translations,
                true, null);
    }

    public boolean appliesIn(Phase phase) {
        return phases.contains(phase);
    }

    /** Whether the party is responsible for or a partner in this measure. */
    public boolean involves(String partyCode) {
        return isResponsible(partyCode) || partners.stream().anyMatch(p -> p.code().equals(partyCode));
    }

    public boolean isResponsible(String partyCode) {
        return responsible.stream().anyMatch(p -> p.code().equals(partyCode));
    }

    /** Whether the field's value was inferred or written by the editors rather than read from the source. */
    public boolean isInferred(String field) {
        return provenance.containsKey(field);
    }

    public String title(Locale locale) {
        return translations.getOrDefault(locale, "title", title);
    }

    public String text(Locale locale) {
        return translations.getOrDefault(locale, "text", text);
    }

    /** The partner cell's remark, if the source has one. */
    public Optional<String> findPartnersRemark() {
        return Optional.ofNullable(partnersRemark);
    }

    /** The partner cell's remark in the locale's language, falling back to the source's words. */
    public Optional<String> findPartnersRemark(Locale locale) {
        return findPartnersRemark().map(remark -> translations.getOrDefault(locale, "partnersRemark", remark));
    }
}
