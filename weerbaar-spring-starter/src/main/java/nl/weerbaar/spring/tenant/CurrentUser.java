package nl.weerbaar.spring.tenant;

import java.util.List;
import java.util.Optional;

/**
 * Who is calling and which Camunda tenants they are a member of. The default reads the authentication set on
 * Camunda's identity service for the request — by the starter's bridge from Spring Security, or by Camunda's own REST
 * authentication filter; an application that knows its callers otherwise provides a bean of this type.
 */
@FunctionalInterface
public interface CurrentUser {

    /** The authenticated user, or empty when nobody is authenticated. */
    Optional<Authenticated> get();

    /**
     * An authenticated user and their tenant memberships.
     *
     * @param tenantsClaim the token claim the tenants were read from, or {@code null} when they came from Camunda's
     *                     identity service (named when the user is refused for having no tenant)
     */
    record Authenticated(String userId, List<String> tenantIds, String tenantsClaim) {

        public Authenticated {
            tenantIds = List.copyOf(tenantIds);
        }

        public Authenticated(String userId, List<String> tenantIds) {
            this(userId, tenantIds, null);
        }
    }
}
