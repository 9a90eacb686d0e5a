package nl.weerbaar.spring;

import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.core.registry.CatalogRegistry;

/**
 * Adjusts what the auto-configuration builds without replacing it: add catalogs or overlays in code, change a
 * term. Every bean of this type is applied, in {@code @Order}.
 */
public interface WeerbaarCustomizer {

    /** Adds catalogs, overlays or contributors before the registry is built. */
    default void customize(CatalogRegistry.Builder catalogs) {
    }

    /** Returns the settings to use, e.g. {@code settings.withZienswijzeTerm(Period.ofWeeks(10))}. */
    default WeerbaarSettings customize(WeerbaarSettings settings) {
        return settings;
    }
}
