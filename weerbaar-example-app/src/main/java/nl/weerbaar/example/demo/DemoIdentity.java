package nl.weerbaar.example.demo;

import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.example.demo.DemoUsers.DemoTenant;
import nl.weerbaar.example.demo.DemoUsers.DemoUser;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.query.Query;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

/**
 * Creates the demo's tenants, groups, users, memberships, Tasklist filters and authorizations — each only when it is
 * missing, so a restart on the same database adds nothing.
 */
final class DemoIdentity {

    /** The shared Tasklist filter every role sees: the tasks of the user's own candidate groups. */
    static final String MY_GROUP_TASKS = "Mijn groepstaken";
    static final String MY_TASKS = "Aan mij toegewezen";
    static final String ALL_TASKS = "Alle taken";

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** The process variables Tasklist shows with each task, so a user tells one measure's tasks from another's. */
    private static final List<Map<String, String>> LISTED_VARIABLES = List.of(
            Map.of("name", "measureRef", "label", "Maatregel"),
            Map.of("name", "measureTitle", "label", "Titel"),
            Map.of("name", "noodsteunpuntName", "label", "Noodsteunpunt"),
            Map.of("name", "criticalProcess", "label", "Kritiek proces"),
            Map.of("name", "budgetYear", "label", "Begrotingsjaar"),
            Map.of("name", "gemeente", "label", "Gemeente"));

    private final ProcessEngine engine;
    private final RoleMapping roles;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;

    DemoIdentity(ProcessEngine engine, RoleMapping roles) {
        this.engine = engine;
        this.roles = roles;
        this.identity = engine.getIdentityService();
        this.authorizations = engine.getAuthorizationService();
        this.filters = engine.getFilterService();
    }

    void create() {
        DemoUsers.TENANTS.forEach(this::tenant);
        for (Role role : Role.values()) {
            group(roles.group(role), role.label(DUTCH));
        }
        DemoUsers.USERS.forEach(this::user);

        String myGroupTasks = filter(MY_GROUP_TASKS, -10, "Taken voor de groepen waarin u zit, ook als ze al zijn"
                + " opgepakt", engine.getTaskService().createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        String myTasks = filter(MY_TASKS, 0, "Taken die aan u zijn toegewezen",
                engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        // Only the administrator (camunda-admin may read every filter) sees every gemeente's tasks.
        filter(ALL_TASKS, 10, "Alle taken van alle gemeenten (alleen voor beheerders)",
                engine.getTaskService().createTaskQuery());

        for (Role role : Role.values()) {
            String group = roles.group(role);
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, myGroupTasks, Permissions.READ);
            grant(group, Resources.FILTER, myTasks, Permissions.READ);
            // Read what the group works on (tenant checks keep it to the user's own gemeente): the process diagrams
            // in Tasklist, and the progress of measures in the Weerbaar API.
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY);
        }
        // The AOV-adviseur starts measures (POST /api/weerbaar/v1/catalog/measures/{ref}/lifecycles).
        String aov = roles.group(Role.AOV_ADVISEUR);
        grant(aov, Resources.PROCESS_DEFINITION, ANY, Permissions.CREATE_INSTANCE);
        grant(aov, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    private void tenant(DemoTenant demo) {
        if (identity.createTenantQuery().tenantId(demo.id()).count() == 0) {
            Tenant tenant = identity.newTenant(demo.id());
            tenant.setName(demo.name());
            identity.saveTenant(tenant);
        }
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void user(DemoUser demo) {
        if (identity.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@example.org");
            user.setPassword(DemoUsers.PASSWORD);
            identity.saveUser(user);
        }
        for (Role role : demo.roles()) {
            String group = roles.group(role);
            if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                identity.createMembership(demo.id(), group);
            }
        }
        if (identity.createTenantQuery().userMember(demo.id()).tenantId(demo.tenant()).count() == 0) {
            identity.createTenantUserMembership(demo.tenant(), demo.id());
        }
    }

    private String filter(String name, int priority, String description, Query<?, ?> query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", LISTED_VARIABLES);
        Filter filter = filters.newTaskFilter(name).setOwner(DemoUsers.ADMIN).setProperties(properties)
                .setQuery(query);
        return filters.saveFilter(filter).getId();
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(
                        Authorization.AUTH_TYPE_GRANT).groupIdIn(group).resourceType(resource).resourceId(resourceId)
                .singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
