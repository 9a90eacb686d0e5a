package nl.weerbaar.spring.tenant;

import java.util.List;
import java.util.Optional;

/**
 * The tenants to deploy to and serve.
 */
@FunctionalInterface
public interface WeerbaarTenants {

    List<WeerbaarTenant> all();

    default Optional<WeerbaarTenant> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The member gemeenten of a veiligheidsregio. */
    default List<WeerbaarTenant> membersOf(String regionId) {
        return all().stream().filter(t -> regionId.equals(t.region())).toList();
    }
}
