package nl.weerbaar.bpmn.catalog;

import nl.weerbaar.core.overlay.EffectiveCatalog;

/**
 * The effective catalog — the guide with the gemeente's own overlays applied — that a tenant's processes follow.
 */
@FunctionalInterface
public interface TenantCatalogs {

    /** The name under which delegates find the catalogs. */
    String BEAN_NAME = "weerbaarCatalogs";

    /**
     * The effective catalog of the tenant; {@code tenantId} is {@code null} for deployments without tenant.
     */
    EffectiveCatalog forTenant(String tenantId);

    /** Every tenant follows the same effective catalog. */
    static TenantCatalogs shared(EffectiveCatalog catalog) {
        return tenantId -> catalog;
    }
}
