package nl.weerbaar.spring.internal;

/**
 * Where the monitor's pages are served, decided once for every part that needs it (the pages' mappings, their filter
 * and assets, the host chain's rules): {@code weerbaar.monitor.path} without trailing slashes, refused unless it is a
 * path below the root.
 */
public final class MonitorPath {

    /** The property that sets it. */
    public static final String PROPERTY = "weerbaar.monitor.path";

    /** Where the pages are when the property is not set. */
    public static final String DEFAULT = "/weerbaar";

    private MonitorPath() {
    }

    /**
     * @param configured the property's value, {@code null} for the default
     * @throws IllegalArgumentException naming the property when the value is not a path below the root
     */
    public static String of(String configured) {
        if (configured == null) {
            return DEFAULT;
        }
        String path = configured.strip().replaceAll("/+$", "");
        if (!path.startsWith("/") || path.isEmpty()) {
            throw new IllegalArgumentException(PROPERTY + " must be a path below the root such as " + DEFAULT
                    + ", not '" + configured + "'");
        }
        return path;
    }
}
