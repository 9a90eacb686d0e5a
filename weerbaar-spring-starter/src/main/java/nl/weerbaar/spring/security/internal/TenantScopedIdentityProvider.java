package nl.weerbaar.spring.security.internal;

import nl.weerbaar.bpmn.tenant.TenantDirectory;
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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Camunda's own identity store, but a user who is not an administrator sees only the people of their own tenants:
 * users, their profiles, their groups and their tenants — whatever asks (engine REST's {@code /user}, {@code /group},
 * {@code /identity/groups}, the webapps). Groups such as {@code weerbaar-aov-adviseur} are shared by every
 * gemeente, so who else is in them, and which groups another gemeente's user has, is another tenant's data. Users of
 * a veiligheidsregio see the people of its member gemeenten when so configured. Administrators, the engine's own
 * calls (no authenticated user) and calls made with the authorization checks off (the engine's
 * {@code runWithoutAuthorization}, Weerbaar's {@code CrossTenant}) see everyone.
 */
public final class TenantScopedIdentityProvider extends DbIdentityServiceProvider {

    private final Function<Set<String>, Set<String>> alsoVisibleTenants;

    TenantScopedIdentityProvider(Function<Set<String>, Set<String>> alsoVisibleTenants) {
        this.alsoVisibleTenants = alsoVisibleTenants;
    }

    /**
     * The session factory: the provider for every command context.
     *
     * @param regions the veiligheidsregio's whose staff see the people of their member gemeenten
     *                ({@link TenantDirectory#gemeentenOf}); {@link TenantDirectory#none()} when none do
     */
    public static SessionFactory factory(TenantDirectory regions) {
        Function<Set<String>, Set<String>> members = callerTenants -> {
            Set<String> visible = new HashSet<>();
            callerTenants.forEach(tenant -> visible.addAll(regions.gemeentenOf(tenant)));
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

    /** When restricted, the page is cut from the users the caller may see, not from everyone's. */
    @Override
    public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
        if (!restricted()) {
            return super.findUserByQueryCriteria(query);
        }
        List<User> visible = visibleUsers(query);
        int first = Math.min(Math.max(query.getFirstResult(), 0), visible.size());
        int max = query.getMaxResults();
        int end = max < 0 || (long) first + max > visible.size() ? visible.size() : first + max;
        return new ArrayList<>(visible.subList(first, end));
    }

    @Override
    public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
        return restricted() ? visibleUsers(query).size() : super.findUserCountByQueryCriteria(query);
    }

    /** Every user the query finds, unpaged, whom the caller may see, in the query's order. */
    private List<User> visibleUsers(DbUserQueryImpl query) {
        int firstResult = query.getFirstResult();
        int maxResults = query.getMaxResults();
        query.setFirstResult(0);
        query.setMaxResults(Integer.MAX_VALUE);
        try {
            return super.findUserByQueryCriteria(query).stream().filter(user -> visible(user.getId())).toList();
        } finally {
            query.setFirstResult(firstResult);
            query.setMaxResults(maxResults);
        }
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

    /**
     * Whether the caller is held to their tenants' people: an authenticated user who is not an administrator, in a
     * call that keeps the authorization checks on.
     */
    private boolean restricted() {
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context == null ? null : context.getAuthentication();
        return authentication != null && authentication.getUserId() != null
                && context.isAuthorizationCheckEnabled()
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
