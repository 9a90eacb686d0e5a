package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.SourceLocation;

import java.util.Objects;

/**
 * A gemeente's choice of who holds the bevoegd gezag of a pillar whose catalog names more than one, e.g.
 * {@code gemeentesecretaris} for pillar 1's "wethouder/gemeentesecretaris".
 *
 * @param pillar    the pillar's number
 * @param authority one of the authorities the catalog names for it
 * @param location  where the choice stands in the overlay file
 */
public record PillarChoice(int pillar, String authority, SourceLocation location) {

    public PillarChoice {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(location, "location");
    }
}
