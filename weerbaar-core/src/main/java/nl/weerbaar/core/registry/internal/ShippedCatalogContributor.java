package nl.weerbaar.core.registry.internal;

import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.spi.CatalogContributor;

import java.util.List;

/**
 * Contributes the catalogs shipped in weerbaar-core: the VNG guide of 2025.
 */
public final class ShippedCatalogContributor implements CatalogContributor {

    @Override
    public List<CatalogResource> catalogs() {
        return List.of(CatalogResource.classpath(CatalogLoader.VNG_2025, ShippedCatalogContributor.class.getClassLoader()));
    }
}
