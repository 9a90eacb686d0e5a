package nl.weerbaar.core.catalog;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An immutable, ordered selection of measures: always by pillar number, then rank. Every filter returns a new
 * selection in the same order.
 */
public final class Measures implements Iterable<Measure> {

    /** The guide's order: pillar by pillar, each by priority. */
    public static final Comparator<Measure> GUIDE_ORDER =
            Comparator.comparingInt((Measure m) -> m.pillar().number()).thenComparingInt(Measure::rank)
                    .thenComparing(Measure::ref);

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Measures EMPTY = new Measures(List.of());

    private final List<Measure> items;

    private Measures(List<Measure> sorted) {
        this.items = sorted;
    }

    public static Measures of(Collection<Measure> measures) {
        return new Measures(measures.stream().sorted(GUIDE_ORDER).toList());
    }

    public static Measures empty() {
        return EMPTY;
    }

    public Measures filter(Predicate<? super Measure> predicate) {
        return new Measures(items.stream().filter(predicate).map(Measure.class::cast).toList());
    }

    public Measures inPillar(int pillarNumber) {
        return filter(m -> m.pillar().number() == pillarNumber);
    }

    public Measures inPhase(Phase phase) {
        return filter(m -> m.appliesIn(phase));
    }

    /** The measures in which the party is responsible or a partner. */
    public Measures involving(String partyCode) {
        return filter(m -> m.involves(partyCode));
    }

    public Measures responsibleParty(String partyCode) {
        return filter(m -> m.isResponsible(partyCode));
    }

    public Measures mostCrucial() {
        return filter(Measure::mostCrucial);
    }

    /**
     * The measures whose ref, title or text contain every word of the query, ignoring case and accents (so
     * "continuiteit" finds "continuïteit").
     */
    public Measures matching(String query) {
        List<String> words = Stream.of(normalize(query).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return this;
        }
        return filter(m -> {
            String haystack = normalize(m.ref() + " " + m.title() + " " + m.text());
            return words.stream().allMatch(haystack::contains);
        });
    }

    /** Applies every criterion the query sets. */
    public Measures query(MeasureQuery query) {
        Measures result = this;
        if (query.pillar() != null) {
            result = result.inPillar(query.pillar());
        }
        if (query.phase() != null) {
            result = result.inPhase(query.phase());
        }
        if (query.party() != null) {
            result = result.involving(query.party());
        }
        if (query.mostCrucial() != null) {
            result = result.filter(m -> m.mostCrucial() == query.mostCrucial());
        }
        if (query.text() != null) {
            result = result.matching(query.text());
        }
        return result;
    }

    public Optional<Measure> find(String ref) {
        return items.stream().filter(m -> m.ref().equals(ref)).findFirst();
    }

    public Optional<Measure> find(MeasureId id) {
        return items.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The measure with this ref; fails naming the ref when there is none. */
    public Measure get(String ref) {
        return find(ref).orElseThrow(() -> new NoSuchElementException("no measure with ref '" + ref + "'"));
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Stream<Measure> stream() {
        return items.stream();
    }

    public List<Measure> asList() {
        return items;
    }

    @Override
    public Iterator<Measure> iterator() {
        return items.iterator();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Measures that && items.equals(that.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.stream().map(Measure::ref).toList().toString();
    }

    private static String normalize(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
