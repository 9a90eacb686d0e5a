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
     * The user and the one tenant they act for, as the API and the monitor's pages both require it: refused when
     * nobody is authenticated, when the user is a member of no tenant and when of more than one, each with the
     * exception the caller's own words give.
     */
    default OneTenant requireOneTenant(Refusals refusals) {
        Authenticated user = get().orElseThrow(refusals::notLoggedIn);
        if (user.tenantIds().isEmpty()) {
            throw refusals.noTenant(user);
        }
        if (user.tenantIds().size() > 1) {
            throw refusals.manyTenants(user);
        }
        return new OneTenant(user.userId(), user.tenantIds().get(0));
    }

    /** The user and their one tenant, or empty when nobody is authenticated or the rule above refuses them. */
    default Optional<OneTenant> oneTenant() {
        return get().filter(user -> user.tenantIds().size() == 1)
                .map(user -> new OneTenant(user.userId(), user.tenantIds().get(0)));
    }

    /** A user acting for their one tenant. */
    record OneTenant(String userId, String tenantId) {
    }

    /** How a caller of {@link #requireOneTenant} words each refusal. */
    interface Refusals {

        RuntimeException notLoggedIn();

        RuntimeException noTenant(Authenticated user);

        RuntimeException manyTenants(Authenticated user);
    }

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
