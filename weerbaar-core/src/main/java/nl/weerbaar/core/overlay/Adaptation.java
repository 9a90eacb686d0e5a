package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.SourceLocation;

import java.util.List;
import java.util.Objects;

/**
 * What one overlay changes about one measure of its target catalog; a {@code null} field is left as it is.
 *
 * @param ref           the measure's ref in the target catalog
 * @param applicability set when the overlay marks the measure (not) applicable
 * @param localPriority the municipality's own priority
 * @param localOwner    who owns the measure locally
 * @param addPartners   party codes added to the guide's partners
 * @param location      where the adaptation stands in the overlay file
 */
public record Adaptation(String ref, Applicability applicability, Integer localPriority, String localOwner,
                         List<String> addPartners, SourceLocation location) {

    public Adaptation {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(location, "location");
        addPartners = addPartners == null ? List.of() : List.copyOf(addPartners);
    }
}
