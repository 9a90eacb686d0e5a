package nl.weerbaar.core.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a catalog or overlay file, with where it is.
 *
 * @param location   file, line and column
 * @param measureRef the ref of the measure concerned, or {@code null} when the violation is not about a measure
 * @param field      the field concerned, relative to the measure when there is one (e.g. {@code phases[1]}),
 *                   else from the top of the file (e.g. {@code pillars[2].code}); {@code null} for the whole file
 * @param message    what is wrong, in words a municipal developer understands
 */
public record CatalogViolation(SourceLocation location, String measureRef, String field, String message) {

    /** File order: by file, line, column. */
    public static final Comparator<CatalogViolation> BY_LOCATION =
            Comparator.comparing((CatalogViolation v) -> v.location().source())
                    .thenComparingInt(v -> v.location().line())
                    .thenComparingInt(v -> v.location().column())
                    .thenComparing(CatalogViolation::message);

    public CatalogViolation {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** {@code vng-2025.yaml:120:5: measure 2.3, field 'text': must not be blank}. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder().append(location).append(": ");
        if (measureRef != null) {
            line.append("measure ").append(measureRef).append(", ");
        }
        if (field != null) {
            line.append("field '").append(field).append("': ");
        }
        return line.append(message).toString();
    }
}
