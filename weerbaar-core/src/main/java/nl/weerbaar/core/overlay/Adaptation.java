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
 * @param rolverdeling  the division of roles the gemeente agreed with its veiligheidsregio, by party code
 * @param location      where the adaptation stands in the overlay file
 */
public record Adaptation(String ref, Applicability applicability, Integer localPriority, String localOwner,
                         List<String> addPartners, AgreedRoles rolverdeling, SourceLocation location) {

    public Adaptation {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(location, "location");
        addPartners = addPartners == null ? List.of() : List.copyOf(addPartners);
    }

    public Adaptation(String ref, Applicability applicability, Integer localPriority, String localOwner,
                      List<String> addPartners, SourceLocation location) {
        this(ref, applicability, localPriority, localOwner, addPartners, null, location);
    }

    /**
     * A rolverdeling as the overlay writes it, with party codes that are resolved against the catalog's and the
     * overlays' parties when overlays are merged.
     *
     * @param responsible the code of the eindverantwoordelijke party
     * @param supporting  the codes of the supporting parties
     * @param agreement   the agreement behind it
     */
    public record AgreedRoles(String responsible, List<String> supporting, Rolverdeling.Agreement agreement) {

        public AgreedRoles {
            Objects.requireNonNull(responsible, "responsible");
            Objects.requireNonNull(agreement, "agreement");
            supporting = supporting == null ? List.of() : List.copyOf(supporting);
        }
    }
}
