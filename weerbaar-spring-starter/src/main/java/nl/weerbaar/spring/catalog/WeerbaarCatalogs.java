package nl.weerbaar.spring.catalog;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.Overlay;
import nl.weerbaar.core.overlay.OverlayLoader;
import nl.weerbaar.core.registry.CatalogRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective catalog of every tenant: the catalog the processes follow, with the overlays for all tenants and
 * each tenant's own. Everything is loaded and checked when this is built, every violation in every file at once.
 */
public final class WeerbaarCatalogs implements TenantCatalogs {

    private final CatalogRegistry registry;
    private final EffectiveCatalog shared;
    private final Map<String, EffectiveCatalog> byTenant;

    /**
     * @param registry       every catalog, with the overlays for all tenants applied
     * @param urn            the catalog the processes follow
     * @param tenantOverlays tenant id → that tenant's own overlay files
     */
    public WeerbaarCatalogs(CatalogRegistry registry, String urn, Map<String, List<CatalogResource>> tenantOverlays) {
        this.registry = registry;
        if (registry.findCatalog(urn).isEmpty()) {
            throw new CatalogException(new CatalogViolation(
                    nl.weerbaar.core.catalog.SourceLocation.startOf("weerbaar.catalog.urn"), null, "urn",
                    "no catalog " + urn + " is loaded; known: "
                            + registry.catalogs().stream().map(Catalog::urn).toList()));
        }
        this.shared = registry.effective(urn);
        Map<String, EffectiveCatalog> tenants = new LinkedHashMap<>();
        List<CatalogViolation> violations = new ArrayList<>();
        tenantOverlays.forEach((tenant, resources) -> {
            try {
                List<Overlay> overlays = new ArrayList<>(shared.overlays());
                resources.forEach(resource -> overlays.add(OverlayLoader.load(resource)));
                tenants.put(tenant, OverlayLoader.apply(shared.catalog(), overlays));
            } catch (CatalogException e) {
                violations.addAll(e.violations());
            }
        });
        if (!violations.isEmpty()) {
            throw new CatalogException(violations);
        }
        this.byTenant = Map.copyOf(tenants);
    }

    @Override
    public EffectiveCatalog forTenant(String tenantId) {
        return tenantId == null ? shared : byTenant.getOrDefault(tenantId, shared);
    }

    /** The catalog with the overlays for all tenants, but no tenant's own. */
    public EffectiveCatalog shared() {
        return shared;
    }

    public CatalogRegistry registry() {
        return registry;
    }
}
