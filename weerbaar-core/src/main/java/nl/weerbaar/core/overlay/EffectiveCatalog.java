package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.Measures;
import nl.weerbaar.core.catalog.Party;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog with the overlays of one municipality applied: every guide measure and every local one, in the
 * guide's order (pillar, then rank; local measures after the guide's in their pillar).
 *
 * @param catalog  the catalog as shipped
 * @param overlays the overlays applied, in the order given
 * @param parties  the catalog's parties plus those the overlays add
 * @param measures every effective measure
 */
public record EffectiveCatalog(Catalog catalog, List<Overlay> overlays, List<Party> parties,
                               List<EffectiveMeasure> measures) {

    public EffectiveCatalog {
        Objects.requireNonNull(catalog, "catalog");
        overlays = List.copyOf(overlays);
        parties = List.copyOf(parties);
        measures = measures.stream()
                .sorted(Comparator.comparing(EffectiveMeasure::measure, Measures.GUIDE_ORDER))
                .toList();
    }

    public String urn() {
        return catalog.urn();
    }

    public Optional<EffectiveMeasure> find(String ref) {
        return measures.stream().filter(m -> m.ref().equals(ref)).findFirst();
    }

    public EffectiveMeasure get(String ref) {
        return find(ref).orElseThrow(() -> new NoSuchElementException(
                "no measure with ref '" + ref + "' in " + catalog.urn()));
    }

    /** The effective measures as a queryable selection (partners include those overlays added). */
    public Measures asMeasures() {
        return Measures.of(measures.stream().map(EffectiveMeasure::measure).toList());
    }

    /** The measures that apply here, as a queryable selection. */
    public Measures applicableMeasures() {
        return Measures.of(measures.stream().filter(EffectiveMeasure::applicable)
                .map(EffectiveMeasure::measure).toList());
    }
}
