package nl.weerbaar.core.spi;

import nl.weerbaar.core.catalog.CatalogResource;

import java.util.List;

/**
 * Contributes catalogs and overlays from a jar. Implement it, give it a public no-argument constructor and name
 * it in {@code META-INF/services/nl.weerbaar.core.spi.CatalogContributor}; a
 * {@link nl.weerbaar.core.registry.CatalogRegistry} built with {@code discover(...)} then loads what it lists.
 */
public interface CatalogContributor {

    /** Catalog files to load, e.g. {@code CatalogResource.classpath("mygemeente/catalog.yaml")}. */
    default List<CatalogResource> catalogs() {
        return List.of();
    }

    /** Overlay files to apply to the catalogs they target. */
    default List<CatalogResource> overlays() {
        return List.of();
    }
}
