package nl.weerbaar.spring.security;

import java.util.List;
import java.util.Objects;

/**
 * Who a caller is for Camunda: the user id, groups and tenants that Camunda's authorization and tenant checks use.
 *
 * @param userId       Camunda user id
 * @param groupIds     Camunda groups (candidate groups, {@code camunda-admin})
 * @param tenantIds    Camunda tenants: the gemeenten and veiligheidsregio's the caller works for
 * @param tenantsClaim the token claim the tenants were read from, or {@code null} when they came from Camunda's
 *                     identity service; named when a caller is refused for having no tenant
 */
public record CamundaIdentity(String userId, List<String> groupIds, List<String> tenantIds, String tenantsClaim) {

    public CamundaIdentity {
        Objects.requireNonNull(userId, "userId");
        groupIds = List.copyOf(groupIds);
        tenantIds = List.copyOf(tenantIds);
    }

    /** An identity whose groups and tenants come from Camunda's identity service. */
    public CamundaIdentity(String userId, List<String> groupIds, List<String> tenantIds) {
        this(userId, groupIds, tenantIds, null);
    }
}
