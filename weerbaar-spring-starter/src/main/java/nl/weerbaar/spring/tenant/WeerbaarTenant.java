package nl.weerbaar.spring.tenant;

import java.util.Objects;

/**
 * A gemeente or veiligheidsregio that Weerbaar serves.
 *
 * @param id     Camunda tenant id
 * @param name   display name
 * @param type   gemeente or veiligheidsregio
 * @param region for a gemeente, the tenant id of its veiligheidsregio ({@code null} when not configured)
 */
public record WeerbaarTenant(String id, String name, TenantType type, String region) {

    public WeerbaarTenant {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        type = type == null ? TenantType.GEMEENTE : type;
    }
}
