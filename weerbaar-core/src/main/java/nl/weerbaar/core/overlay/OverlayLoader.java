package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.overlay.internal.OverlayMerger;
import nl.weerbaar.core.overlay.internal.OverlayReader;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads overlay files and applies them to a catalog. Both report every violation at once in a
 * {@link nl.weerbaar.core.catalog.CatalogException}; nothing is half-applied.
 */
public final class OverlayLoader {

    private OverlayLoader() {
    }

    public static Overlay load(CatalogResource resource) {
        return OverlayReader.read(resource);
    }

    public static Overlay load(Path file) {
        return load(CatalogResource.file(file));
    }

    /** The catalog with the overlays applied, in order; conflicting overlays fail naming both files. */
    public static EffectiveCatalog apply(Catalog catalog, List<Overlay> overlays) {
        return OverlayMerger.merge(catalog, overlays);
    }
}
