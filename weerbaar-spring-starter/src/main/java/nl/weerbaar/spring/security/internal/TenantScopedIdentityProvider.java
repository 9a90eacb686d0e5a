package nl.weerbaar.spring.security.internal;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbTenantQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Camunda's own identity store, but a user who is not an administrator sees only the people of their own tenants:
 * users, their profiles, their groups and their tenants — whatever asks (engine REST's {@code /user}, {@code /group},
 * {@code /identity/groups}, the webapps). Groups such as {@code weerbaar-aov-adviseur} are shared by every
 * gemeente, so who else is in them, and which groups another gemeente's user has, is another tenant's data. Users of
 * a veiligheidsregio see the people of its member gemeenten when so configured. Administrators and the engine's own
 * calls (no authenticated user) see everyone.
 */
public final class TenantScopedIdentityProvider extends DbIdentityServiceProvider {

    private final Function<Set<String>, Set<String>> alsoVisibleTenants;

    TenantScopedIdentityProvider(Function<Set<String>, Set<String>> alsoVisibleTenants) {
        this.alsoVisibleTenants = alsoVisibleTenants;
    }

    /**
     * The session factory: the provider for every command context.
     *
     * @param regions the veiligheidsregio of each gemeente whose users its staff may see (gemeente → region);
     *                empty when region staff see no gemeente's people
     */
    public static SessionFactory factory(Map<String, String> regions) {
        Function<Set<String>, Set<String>> members = callerTenants -> {
            Set<String> visible = new HashSet<>();
            regions.forEach((gemeente, region) -> {
                if (callerTenants.contains(region)) {
                    visible.add(gemeente);
                }
            });
            return visible;
        };
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return TenantScopedIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new TenantScopedIdentityProvider(members);
            }
        };
    }

    @Override
    public UserEntity findUserById(String userId) {
        UserEntity user = super.findUserById(userId);
        return user == null || visible(userId) ? user : null;
    }

    @Override
    public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
        List<User> users = super.findUserByQueryCriteria(query);
        return restricted() ? users.stream().filter(user -> visible(user.getId())).toList() : users;
    }

    @Override
    public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
        return restricted() ? findUserByQueryCriteria(query).size() : super.findUserCountByQueryCriteria(query);
    }

    @Override
    public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
        return hidden(query.getUserId(), query.getTenantId()) ? List.of() : super.findGroupByQueryCriteria(query);
    }

    @Override
    public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
        return hidden(query.getUserId(), query.getTenantId()) ? 0 : super.findGroupCountByQueryCriteria(query);
    }

    @Override
    public List<Tenant> findTenantByQueryCriteria(DbTenantQueryImpl query) {
        return hidden(query.getUserId(), null) ? List.of() : super.findTenantByQueryCriteria(query);
    }

    @Override
    public long findTenantCountByQueryCriteria(DbTenantQueryImpl query) {
        return hidden(query.getUserId(), null) ? 0 : super.findTenantCountByQueryCriteria(query);
    }

    /** A query about a user the caller may not see, or about the groups of a tenant that is not the caller's. */
    private boolean hidden(String userId, String tenantId) {
        if (!restricted()) {
            return false;
        }
        return (userId != null && !visible(userId))
                || (tenantId != null && !visibleTenants(authentication()).contains(tenantId));
    }

    private boolean restricted() {
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context == null ? null : context.getAuthentication();
        return authentication != null && authentication.getUserId() != null
                && !context.getAuthorizationManager().isCamundaAdmin(authentication);
    }

    private boolean visible(String userId) {
        if (!restricted()) {
            return true;
        }
        Authentication caller = authentication();
        if (userId.equals(caller.getUserId())) {
            return true;
        }
        Set<String> visibleTenants = visibleTenants(caller);
        return tenantsOf(userId).stream().anyMatch(visibleTenants::contains);
    }

    private Set<String> visibleTenants(Authentication caller) {
        Set<String> tenants = new HashSet<>(caller.getTenantIds() == null ? List.of() : caller.getTenantIds());
        tenants.addAll(alsoVisibleTenants.apply(Set.copyOf(tenants)));
        return tenants;
    }

    /** The user's tenants, directly or through a group, read without the caller's authorizations. */
    private Set<String> tenantsOf(String userId) {
        DbTenantQueryImpl query = new DbTenantQueryImpl();
        query.userMember(userId);
        query.includingGroupsOfUser(true);
        List<Tenant> tenants = Context.getCommandContext().runWithoutAuthorization(
                () -> super.findTenantByQueryCriteria(query));
        Set<String> ids = new HashSet<>();
        tenants.forEach(tenant -> ids.add(tenant.getId()));
        return ids;
    }

    private static Authentication authentication() {
        return Context.getCommandContext().getAuthentication();
    }
}
