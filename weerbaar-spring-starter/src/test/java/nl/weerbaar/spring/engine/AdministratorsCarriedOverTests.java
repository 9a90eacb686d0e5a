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
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The administrators of a database that moves to Operaton stay administrators, and nothing else changes. Each
 * build runs the tests of its engine: on Operaton the former group is carried over, on Camunda 7 (where the two
 * groups are one) nothing happens.
 */
class AdministratorsCarriedOverTests {

    private static final ProcessEngine ENGINE = engine();
    private static final String ENGINE_ADMIN = Groups.CAMUNDA_ADMIN;
    private static final boolean GROUPS_ARE_ONE = ENGINE_ADMIN.equals(AdministratorsCarriedOver.FORMER_ADMIN_GROUP);

    private final IdentityService identity = ENGINE.getIdentityService();
    private final AuthorizationService authorizations = ENGINE.getAuthorizationService();

    @AfterEach
    void removeIdentities() {
        authorizations.createAuthorizationQuery().list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
        identity.createUserQuery().list().forEach(user -> identity.deleteUser(user.getId()));
        identity.createGroupQuery().list().forEach(group -> identity.deleteGroup(group.getId()));
    }

    @Test
    void onOperatonMakesTheFormerAdministratorsAdministratorsWithEveryAuthorization() {
        assumeFalse(GROUPS_ARE_ONE, "Operaton's build");
        group(AdministratorsCarriedOver.FORMER_ADMIN_GROUP, "beheerder", "reserve");
        group("weerbaar-aov-adviseur", "utrecht.aov");

        new AdministratorsCarriedOver().postProcessEngineBuild(ENGINE);

        assertThat(members(ENGINE_ADMIN)).containsExactlyInAnyOrder("beheerder", "reserve");
        assertThat(identity.createGroupQuery().groupId(ENGINE_ADMIN).singleResult().getType())
                .isEqualTo(Groups.GROUP_TYPE_SYSTEM);
        for (Resources resource : Resources.values()) {
            Authorization all = authorizations.createAuthorizationQuery().groupIdIn(ENGINE_ADMIN)
                    .resourceType(resource).resourceId(Authorization.ANY).singleResult();
            assertThat(all).as("authorization of %s on %s", ENGINE_ADMIN, resource).isNotNull();
            assertThat(all.isPermissionGranted(Permissions.ALL)).as("ALL on %s", resource).isTrue();
        }
        assertThat(members(AdministratorsCarriedOver.FORMER_ADMIN_GROUP)).containsExactlyInAnyOrder("beheerder",
                "reserve");
    }

    @Test
    void onOperatonLeavesAnAdministratorGroupThatHasMembersAsItIs() {
        assumeFalse(GROUPS_ARE_ONE, "Operaton's build");
        group(AdministratorsCarriedOver.FORMER_ADMIN_GROUP, "beheerder");
        group(ENGINE_ADMIN, "nieuwe-beheerder");
        long authorizationsBefore = authorizations.createAuthorizationQuery().count();

        new AdministratorsCarriedOver().postProcessEngineBuild(ENGINE);

        assertThat(members(ENGINE_ADMIN)).containsExactly("nieuwe-beheerder");
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationsBefore);
    }

    @Test
    void onCamundaChangesNothing() {
        assumeTrue(GROUPS_ARE_ONE, "Camunda 7's build");
        group(AdministratorsCarriedOver.FORMER_ADMIN_GROUP, "beheerder");
        long authorizationsBefore = authorizations.createAuthorizationQuery().count();

        new AdministratorsCarriedOver().postProcessEngineBuild(ENGINE);

        assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                .containsExactly(AdministratorsCarriedOver.FORMER_ADMIN_GROUP);
        assertThat(members(ENGINE_ADMIN)).containsExactly("beheerder");
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationsBefore);
    }

    @Test
    void withoutFormerAdministratorsCreatesNothing() {
        group("weerbaar-aov-adviseur", "utrecht.aov");
        long authorizationsBefore = authorizations.createAuthorizationQuery().count();

        new AdministratorsCarriedOver().postProcessEngineBuild(ENGINE);

        assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                .containsExactly("weerbaar-aov-adviseur");
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationsBefore);
    }

    private void group(String id, String... users) {
        Group group = identity.newGroup(id);
        identity.saveGroup(group);
        for (String userId : users) {
            if (identity.createUserQuery().userId(userId).count() == 0) {
                User user = identity.newUser(userId);
                identity.saveUser(user);
            }
            identity.createMembership(userId, id);
        }
    }

    private List<String> members(String group) {
        return identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList();
    }

    private static ProcessEngine engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("administrators-carried-over");
        configuration.setJdbcUrl("jdbc:h2:mem:administrators-carried-over;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setAuthorizationEnabled(true);
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9._-]+");
        configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9._-]+");
        return configuration.buildProcessEngine();
    }
}
