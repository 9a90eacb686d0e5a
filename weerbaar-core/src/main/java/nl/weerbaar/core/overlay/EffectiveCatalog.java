package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.Measures;
import nl.weerbaar.core.catalog.Party;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * @param authorities per pillar number, the bevoegd gezag the gemeente chose where the catalog names several
 */
public record EffectiveCatalog(Catalog catalog, List<Overlay> overlays, List<Party> parties,
                               List<EffectiveMeasure> measures, Map<Integer, String> authorities) {

    public EffectiveCatalog {
        Objects.requireNonNull(catalog, "catalog");
        overlays = List.copyOf(overlays);
        parties = List.copyOf(parties);
        measures = measures.stream()
                .sorted(Comparator.comparing(EffectiveMeasure::measure, Measures.GUIDE_ORDER))
                .toList();
        authorities = authorities == null ? Map.of() : Map.copyOf(authorities);
    }

    /** Without choices of bevoegd gezag: every pillar's as the catalog names it. */
    public EffectiveCatalog(Catalog catalog, List<Overlay> overlays, List<Party> parties,
                            List<EffectiveMeasure> measures) {
        this(catalog, overlays, parties, measures, Map.of());
    }

    /**
     * Who holds the bevoegd gezag of the pillar here: the one the gemeente chose, else the pillar's as the catalog
     * names it (which may name several, e.g. {@code wethouder/gemeentesecretaris}).
     */
    public String authority(int pillarNumber) {
        String chosen = authorities.get(pillarNumber);
        if (chosen != null) {
            return chosen;
        }
        return catalog.findPillar(pillarNumber).map(nl.weerbaar.core.catalog.Pillar::authority)
                .orElseThrow(() -> new NoSuchElementException("no pillar " + pillarNumber + " in " + catalog.urn()));
    }

    /** A party of the catalog or of the overlays, by code. */
    public Optional<Party> findParty(String code) {
        return parties.stream().filter(p -> p.code().equals(code)).findFirst();
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
