package nl.weerbaar.core.catalog;

import nl.weerbaar.core.catalog.internal.CatalogReader;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Loads catalogs from YAML: from the classpath, a file or a stream. A catalog comes back whole and valid, or a
 * {@link CatalogException} lists every violation with file, line, column, measure and field.
 */
public final class CatalogLoader {

    /** Classpath location of the shipped VNG catalog. */
    public static final String VNG_2025 = "weerbaar/catalog/vng-2025.yaml";

    private CatalogLoader() {
    }

    public static Catalog load(CatalogResource resource) {
        return CatalogReader.read(resource);
    }

    public static Catalog load(Path file) {
        return load(CatalogResource.file(file));
    }

    public static Catalog loadClasspath(String path) {
        return load(CatalogResource.classpath(path));
    }

    /** Reads the stream to its end; {@code name} is used in messages. */
    public static Catalog load(String name, InputStream in) {
        return load(CatalogResource.stream(name, in));
    }

    /** The VNG Handreiking weerbaarheid en veerkracht op lokaal niveau (2025), as shipped in this jar. */
    public static Catalog vng2025() {
        return load(CatalogResource.classpath(VNG_2025, CatalogLoader.class.getClassLoader()));
    }
}
