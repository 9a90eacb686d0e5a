package nl.weerbaar.spring.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Keeps the administrators of an installation that moves onto Operaton from the engine it continues, on the same
 * database (docs/engines.md). That engine knows its administrators by the group {@value #FORMER_ADMIN_GROUP},
 * Operaton by {@code operaton-admin}; over such a database Operaton's group has no members, so Operaton takes the
 * installation for a new one and its Admin webapp offers everyone, without logging in, to create the first
 * administrator. Right after the engine is built, before any request is served, this plugin makes every member of
 * {@value #FORMER_ADMIN_GROUP} a member of the engine's administrator group, with the authorizations the engine gives
 * that group itself — once, while the group has no members. Where the two groups are one (the engine it continues)
 * it does nothing, nor with a read-only identity service (LDAP), nor without members of {@value #FORMER_ADMIN_GROUP}.
 */
public class AdministratorsCarriedOver extends AbstractProcessEnginePlugin {

    /** The administrator group of the engine Operaton continues, named so in either build. */
    public static final String FORMER_ADMIN_GROUP = "camunda-admin"; // same on Operaton

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorsCarriedOver.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        String engineAdmin = Groups.CAMUNDA_ADMIN;
        IdentityService identity = engine.getIdentityService();
        if (engineAdmin.equals(FORMER_ADMIN_GROUP) || identity.isReadOnly()
                || identity.createUserQuery().memberOfGroup(engineAdmin).count() > 0) {
            return;
        }
        List<String> administrators = identity.createUserQuery().memberOfGroup(FORMER_ADMIN_GROUP).list().stream()
                .map(User::getId).toList();
        if (administrators.isEmpty()) {
            return;
        }
        if (identity.createGroupQuery().groupId(engineAdmin).count() == 0) {
            Group group = identity.newGroup(engineAdmin);
            group.setName("Administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Resources resource : Resources.values()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(engineAdmin).resourceType(resource)
                    .resourceId(Authorization.ANY).count() == 0) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(engineAdmin);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
        administrators.forEach(user -> identity.createMembership(user, engineAdmin));
        LOG.warn("The administrators {} of group {}, this database's administrator group so far, are now members of "
                + "{}, the engine's administrator group: manage administrators there from now on.", administrators,
                FORMER_ADMIN_GROUP, engineAdmin);
    }
}
