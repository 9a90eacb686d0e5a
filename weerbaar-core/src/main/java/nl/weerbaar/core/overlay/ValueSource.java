package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.SourceLocation;

import java.util.Objects;

/**
 * Where one value of an effective measure came from.
 *
 * @param kind     how it was obtained
 * @param origin   URN of the catalog or overlay that gave it
 * @param location the file (and, for overlays, line) it was read from
 * @param reason   for inferred or editorial catalog values, and for not-applicable marks: why
 */
public record ValueSource(Kind kind, String origin, SourceLocation location, String reason) {

    /** How a value was obtained. */
    public enum Kind {
        /** Read from the catalog's source document. */
        SOURCE,
        /** Inferred by the catalog's editors; see the reason. */
        INFERRED,
        /** Written by the catalog's editors; the source has no such value. */
        EDITORIAL,
        /** Set by an overlay. */
        OVERLAY,
        /** Nobody set it: the default (applicable, no local priority or owner). */
        DEFAULT
    }

    public ValueSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(location, "location");
    }
}
