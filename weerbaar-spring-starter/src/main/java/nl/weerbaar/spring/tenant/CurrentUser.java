package nl.weerbaar.spring.tenant;

import java.util.List;
import java.util.Optional;

/**
 * Who is calling and which Camunda tenants they are a member of. The default reads the authentication the
 * Weerbaar API filter (or Camunda's own REST filter) set on the identity service; an application with its own
 * security provides a bean of this type.
 */
@FunctionalInterface
public interface CurrentUser {

    /** The authenticated user, or empty when nobody is authenticated. */
    Optional<Authenticated> get();

    /** An authenticated user and their tenant memberships. */
    record Authenticated(String userId, List<String> tenantIds) {

        public Authenticated {
            tenantIds = List.copyOf(tenantIds);
        }
    }
}
