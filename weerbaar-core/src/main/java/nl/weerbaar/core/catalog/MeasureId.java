package nl.weerbaar.core.catalog;

import java.util.regex.Pattern;

/**
 * The stable identity of a measure: its URN, e.g. {@code urn:weerbaar:vng-2025:measure:2.3}. A published URN is
 * never rewritten; a change of meaning gets a new one.
 */
public record MeasureId(String urn) {

    /** What a measure URN looks like; the file format checks the same pattern. */
    public static final String PATTERN = "urn:weerbaar:[a-z0-9-]+(:[A-Za-z0-9._-]+)*:measure:[A-Za-z0-9._-]+";

    private static final Pattern URN = Pattern.compile(PATTERN);

    public MeasureId {
        if (urn == null || !URN.matcher(urn).matches()) {
            throw new IllegalArgumentException("not a measure URN (urn:weerbaar:<catalog>:measure:<id>): " + urn);
        }
    }

    public static boolean isValid(String urn) {
        return urn != null && URN.matcher(urn).matches();
    }

    @Override
    public String toString() {
        return urn;
    }
}
