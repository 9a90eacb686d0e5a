package nl.weerbaar.spring.tenant;

import nl.weerbaar.bpmn.tenant.TenantDirectory;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processes' view of the configured tenants ({@code weerbaar.tenants[]}): each gemeente's {@code region} and
 * the tenants of {@code type} veiligheidsregio. Read from {@link WeerbaarTenants} on every call, so tenants found
 * in the identity service later count too (as gemeenten without a region).
 */
public final class WeerbaarTenantDirectory implements TenantDirectory {

    private final WeerbaarTenants tenants;

    public WeerbaarTenantDirectory(WeerbaarTenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public Optional<String> regionOf(String gemeente) {
        return directory().regionOf(gemeente);
    }

    @Override
    public List<String> gemeentenOf(String region) {
        return directory().gemeentenOf(region);
    }

    @Override
    public boolean isRegion(String tenantId) {
        return directory().isRegion(tenantId);
    }

    private TenantDirectory directory() {
        Map<String, String> regionByGemeente = new LinkedHashMap<>();
        Set<String> regions = new LinkedHashSet<>();
        for (WeerbaarTenant tenant : tenants.all()) {
            if (tenant.type() == TenantType.VEILIGHEIDSREGIO) {
                regions.add(tenant.id());
            } else if (tenant.region() != null && !tenant.region().isBlank()) {
                regionByGemeente.put(tenant.id(), tenant.region());
            }
        }
        return TenantDirectory.of(regionByGemeente, regions);
    }
}
