package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Party;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure as it holds in one municipality: the catalog's measure (partners already including those overlays
 * added) plus the local decisions, with the source of every value.
 *
 * @param measure       the measure; for a local measure, the overlay's
 * @param local         whether an overlay added it
 * @param applicability whether it applies, and why not
 * @param localPriority the municipality's own priority, if set
 * @param localOwner    the local owner, if set
 * @param rolverdeling  the division of roles the gemeente agreed with its veiligheidsregio, if an overlay sets one
 * @param authority     who holds the bevoegd gezag of the measure's pillar here: the pillar's as the catalog names
 *                      it (e.g. {@code wethouder/gemeentesecretaris}), or the one of those the gemeente chose
 * @param provenance    for every field, where its value came from (several sources for merged partners)
 */
public record EffectiveMeasure(Measure measure, boolean local, Applicability applicability, Integer localPriority,
                               String localOwner, Rolverdeling rolverdeling, String authority,
                               Map<String, List<ValueSource>> provenance) {

    public EffectiveMeasure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(applicability, "applicability");
        authority = authority == null ? measure.pillar().authority() : authority;
        provenance = Map.copyOf(provenance.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
    }

    /** A measure without rolverdeling whose pillar's bevoegd gezag is as the catalog names it. */
    public EffectiveMeasure(Measure measure, boolean local, Applicability applicability, Integer localPriority,
                            String localOwner, Map<String, List<ValueSource>> provenance) {
        this(measure, local, applicability, localPriority, localOwner, null, null, provenance);
    }

    public String ref() {
        return measure.ref();
    }

    public boolean applicable() {
        return applicability.applicable();
    }

    public List<Party> partners() {
        return measure.partners();
    }

    /**
     * False when the catalog's partner value was lost in its source; {@link #partners()} then holds only the
     * partners overlays added.
     */
    public boolean partnersKnown() {
        return measure.partnersKnown();
    }

    public Optional<Integer> findLocalPriority() {
        return Optional.ofNullable(localPriority);
    }

    public Optional<String> findLocalOwner() {
        return Optional.ofNullable(localOwner);
    }

    /** The rolverdeling an overlay agreed for this measure, if any; without one the catalog's parties hold. */
    public Optional<Rolverdeling> findRolverdeling() {
        return Optional.ofNullable(rolverdeling);
    }

    /** The sources of a field's value; empty for a field that does not exist. */
    public List<ValueSource> provenanceOf(String field) {
        return provenance.getOrDefault(field, List.of());
    }
}
