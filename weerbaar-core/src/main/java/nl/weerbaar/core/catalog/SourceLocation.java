package nl.weerbaar.core.catalog;

import java.util.Objects;

/**
 * A place in a catalog or overlay file: its name and a 1-based line and column.
 */
public record SourceLocation(String source, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(source, "source");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    public static SourceLocation startOf(String source) {
        return new SourceLocation(source, 1, 1);
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
