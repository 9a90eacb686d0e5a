package nl.weerbaar.spring.tenant;

import nl.weerbaar.bpmn.tenant.TenantDirectory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processes' view of the configured tenants ({@code weerbaar.tenants[]}): each gemeente's {@code region} and
 * the tenants of {@code type} veiligheidsregio, checked once at start-up. Tenants found in the identity service
 * have no region and are no veiligheidsregio; they count only among every tenant served ({@link #tenants()}).
 */
public final class WeerbaarTenantDirectory implements TenantDirectory {

    private final TenantDirectory directory;
    private final WeerbaarTenants served;

    /**
     * @param configured the tenants of {@code weerbaar.tenants[]}, in that order
     * @param served     every tenant served (with {@code weerbaar.tenants-from-identity-service} also the identity
     *                   service's), asked each time {@link #tenants()} is
     * @throws InvalidConfigurationPropertyValueException naming {@code weerbaar.tenants[i].region} and its value when
     *                                                    a gemeente's region is no configured veiligheidsregio
     */
    public WeerbaarTenantDirectory(List<WeerbaarTenant> configured, WeerbaarTenants served) {
        this.served = served;
        Set<String> regions = new LinkedHashSet<>();
        configured.stream().filter(t -> t.type() == TenantType.VEILIGHEIDSREGIO).forEach(t -> regions.add(t.id()));
        Map<String, String> regionByGemeente = new LinkedHashMap<>();
        for (int i = 0; i < configured.size(); i++) {
            WeerbaarTenant tenant = configured.get(i);
            if (tenant.type() == TenantType.VEILIGHEIDSREGIO || tenant.region() == null || tenant.region().isBlank()) {
                continue;
            }
            if (!regions.contains(tenant.region())) {
                throw new InvalidConfigurationPropertyValueException("weerbaar.tenants[" + i + "].region",
                        tenant.region(), notARegion(tenant.region(), configured, regions));
            }
            regionByGemeente.put(tenant.id(), tenant.region());
        }
        this.directory = TenantDirectory.of(regionByGemeente, regions);
    }

    private static String notARegion(String region, List<WeerbaarTenant> configured, Set<String> regions) {
        boolean gemeente = configured.stream().anyMatch(t -> t.id().equals(region));
        return (gemeente ? "'" + region + "' is a gemeente in weerbaar.tenants[], not a veiligheidsregio"
                : "no tenant '" + region + "' in weerbaar.tenants[]")
                + "; a gemeente's region names a tenant of type veiligheidsregio there ("
                + (regions.isEmpty() ? "none is configured" : String.join(", ", regions)) + ")";
    }

    @Override
    public Optional<String> regionOf(String gemeente) {
        return directory.regionOf(gemeente);
    }

    @Override
    public List<String> gemeentenOf(String region) {
        return directory.gemeentenOf(region);
    }

    @Override
    public boolean isRegion(String tenantId) {
        return directory.isRegion(tenantId);
    }

    /** Every tenant served, gemeenten first, then the veiligheidsregio's. */
    @Override
    public List<String> tenants() {
        List<String> ids = served.all().stream().map(WeerbaarTenant::id).toList();
        return java.util.stream.Stream.concat(ids.stream().filter(id -> !isRegion(id)),
                ids.stream().filter(this::isRegion)).toList();
    }
}
