package nl.weerbaar.core.scenario;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.scenario.internal.ScenarioReader;

/**
 * Loads a scenario file and checks it against the catalog whose measures it names. It comes back whole and valid,
 * or a {@link nl.weerbaar.core.catalog.CatalogException} lists every violation with file, line and field.
 */
public final class ScenarioLoader {

    /** Classpath location of the scenarios shipped with the VNG catalog. */
    public static final String VNG_2025 = "weerbaar/scenarios/vng-2025-scenarios.yaml";

    private ScenarioLoader() {
    }

    public static Scenarios load(CatalogResource resource, Catalog catalog) {
        return ScenarioReader.read(resource, catalog);
    }

    /** The scenarios of the VNG guide (2025), as shipped in this jar, checked against its catalog. */
    public static Scenarios vng2025() {
        return load(CatalogResource.classpath(VNG_2025, ScenarioLoader.class.getClassLoader()),
                CatalogLoader.vng2025());
    }
}
