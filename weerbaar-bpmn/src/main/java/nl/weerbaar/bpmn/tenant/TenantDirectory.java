package nl.weerbaar.bpmn.tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tenants' organisations as the processes need them: which tenant is a veiligheidsregio, and which region
 * each gemeente belongs to. A region-led measure or noodsteunpunt runs in the region's tenant; a gemeente without
 * a region configured does its measures itself.
 */
public interface TenantDirectory {

    /** The veiligheidsregio of the gemeente, if one is configured. */
    Optional<String> regionOf(String gemeente);

    /** The member gemeenten of the region, in the configured order. */
    List<String> gemeentenOf(String region);

    /** Whether the tenant is a veiligheidsregio. */
    boolean isRegion(String tenantId);

    /**
     * Every tenant Weerbaar serves, gemeenten first, then regions: where the yearly continuity review starts. None by
     * default; {@link #of} names the gemeenten with a region and the regions, and a directory that knows gemeenten
     * without a region names them too.
     */
    default List<String> tenants() {
        return List.of();
    }

    /** No regions known: every tenant is a gemeente on its own. */
    static TenantDirectory none() {
        return of(Map.of(), Set.of());
    }

    /**
     * @param regionByGemeente each gemeente's region, in order
     * @param regions          the tenants that are veiligheidsregio's; every region named in the map is one too
     */
    static TenantDirectory of(Map<String, String> regionByGemeente, Set<String> regions) {
        Map<String, String> byGemeente = new LinkedHashMap<>(regionByGemeente);
        Set<String> allRegions = new LinkedHashSet<>(regions);
        allRegions.addAll(byGemeente.values());
        byGemeente.forEach((gemeente, region) -> {
            if (allRegions.contains(gemeente)) {
                throw new IllegalArgumentException("tenant " + gemeente + " cannot be both a gemeente of " + region
                        + " and a veiligheidsregio");
            }
        });
        return new TenantDirectory() {
            @Override
            public Optional<String> regionOf(String gemeente) {
                return Optional.ofNullable(byGemeente.get(gemeente));
            }

            @Override
            public List<String> gemeentenOf(String region) {
                return byGemeente.entrySet().stream().filter(e -> Objects.equals(e.getValue(), region))
                        .map(Map.Entry::getKey).toList();
            }

            @Override
            public boolean isRegion(String tenantId) {
                return allRegions.contains(tenantId);
            }

            @Override
            public List<String> tenants() {
                List<String> tenants = new ArrayList<>(byGemeente.keySet());
                tenants.addAll(allRegions);
                return List.copyOf(tenants);
            }
        };
    }
}
