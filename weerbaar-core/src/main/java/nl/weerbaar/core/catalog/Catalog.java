package nl.weerbaar.core.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned catalog of measures, such as the VNG guide of 2025.
 *
 * @param urn       stable identity, e.g. {@code urn:weerbaar:vng-2025}
 * @param version   raised on every published change
 * @param title     the framework's title
 * @param publisher who published the source
 * @param published publication date of the source
 * @param locale    language of the texts
 * @param source    where the catalog was loaded from (file name or classpath location)
 * @param pillars   the pillars, by number
 * @param parties   the controlled vocabulary of parties
 * @param measures  every measure, in the guide's order
 */
public record Catalog(String urn, int version, String title, String publisher, LocalDate published, Locale locale,
                      String source, List<Pillar> pillars, List<Party> parties, Measures measures) {

    public Catalog {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        pillars = pillars.stream().sorted(Comparator.comparingInt(Pillar::number)).toList();
        parties = List.copyOf(parties);
        Objects.requireNonNull(measures, "measures");
    }

    public Catalog(String urn, int version, String title, String publisher, LocalDate published, Locale locale,
                   String source, List<Pillar> pillars, List<Party> parties, Collection<Measure> measures) {
        this(urn, version, title, publisher, published, locale, source, pillars, parties, Measures.of(measures));
    }

    public Optional<Pillar> findPillar(int number) {
        return pillars.stream().filter(p -> p.number() == number).findFirst();
    }

    public Pillar pillar(int number) {
        return findPillar(number).orElseThrow(() -> new NoSuchElementException(
                "catalog " + urn + " has no pillar " + number));
    }

    public Optional<Party> findParty(String code) {
        return parties.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Measure measure(String ref) {
        return measures.get(ref);
    }
}
