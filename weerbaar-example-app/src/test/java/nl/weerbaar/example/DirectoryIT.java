package nl.weerbaar.example;

import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.example.demo.DemoUsers;
import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ExampleAppTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another gemeente's people stay out of sight: a gemeente's user finds, over every directory call of the engine
 * REST API, neither another gemeente's users nor which groups and tenants they have — the groups themselves are
 * shared by all gemeenten — while their own colleagues stay visible, and the administrator sees everyone. The user
 * is granted READ on every user and tenant first, so that what stays hidden is hidden by the directory scope, not
 * by Camunda's authorizations.
 */
@ExampleAppTest
class DirectoryIT {

    private static final String CALLER = "utrecht.aov";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RoleMapping roles;

    Api api;

    private final List<String> grants = new ArrayList<>();

    @BeforeEach
    void client() {
        api = Api.onPort(port);
    }

    /** Everyone's users and tenants readable for the caller, as an administrator may grant. */
    @BeforeEach
    void grantReadingEveryUserAndTenant() {
        grant(Resources.USER);
        grant(Resources.TENANT);
    }

    @AfterEach
    void revoke() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        grants.forEach(authorizations::deleteAuthorization);
        grants.clear();
    }

    @Test
    void aGemeentesUserFindsNothingOfAnotherGemeentesPeople() {
        String shared = roles.group(Role.AOV_ADVISEUR);
        Map<String, Response> probes = Map.of(
                "groups of", api.get("/engine-rest/group?member=amersfoort.aov", CALLER),
                "tenants of", api.get("/engine-rest/tenant?userMember=amersfoort.aov", CALLER),
                "members of a shared group", api.get("/engine-rest/user?memberOfGroup=" + shared, CALLER),
                "users of another tenant", api.get("/engine-rest/user?memberOfTenant=amersfoort", CALLER),
                "users of the own tenant", api.get("/engine-rest/user?memberOfTenant=utrecht", CALLER));
        probes.forEach((what, answer) -> assertThat(answer.status()).as(what).isEqualTo(200));
        // What the grant shows the administrator, the scope keeps from the caller.
        assertThat(api.get("/engine-rest/user?memberOfGroup=" + shared, "demo").<List<String>>json("$[*].id"))
                .contains("amersfoort.aov", CALLER);

        assertThat(probes.get("groups of").<List<Object>>json("$")).isEmpty();
        assertThat(api.get("/engine-rest/group/count?member=amersfoort.aov", CALLER).<Integer>json("$.count"))
                .isZero();
        assertThat(probes.get("tenants of").<List<Object>>json("$")).isEmpty();
        assertThat(probes.get("members of a shared group").<List<String>>json("$[*].id"))
                .containsExactlyInAnyOrderElementsOf(utrechts(Role.AOV_ADVISEUR));
        assertThat(api.get("/engine-rest/user/count?memberOfGroup=" + shared, CALLER).<Integer>json("$.count"))
                .isEqualTo(utrechts(Role.AOV_ADVISEUR).size());
        assertThat(probes.get("users of another tenant").<List<Object>>json("$")).isEmpty();
        assertThat(probes.get("users of the own tenant").<List<String>>json("$[*].id")).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(utrechts(null));
        Response info = api.get("/engine-rest/identity/groups?userId=amersfoort.aov", CALLER);
        assertThat(info.<List<Object>>json("$.groups")).isEmpty();
        assertThat(info.<List<Object>>json("$.groupUsers")).isEmpty();
        assertThat(api.get("/engine-rest/user/amersfoort.aov/profile", CALLER).status()).isEqualTo(404);
    }

    @Test
    void aPageOfUsersHoldsTheCallersColleaguesThoughAnotherGemeentesSortFirst() {
        String shared = roles.group(Role.AOV_ADVISEUR);
        assertThat(api.get("/engine-rest/user?memberOfGroup=" + shared + "&sortBy=userId&sortOrder=asc"
                + "&firstResult=0&maxResults=1", CALLER).<List<String>>json("$[*].id")).containsExactly(CALLER);
    }

    @Test
    void ownColleaguesStayVisibleAndTheAdministratorSeesEveryone() {
        assertThat(api.get("/engine-rest/group?member=" + CALLER, CALLER).<List<String>>json("$[*].id"))
                .contains(roles.group(Role.AOV_ADVISEUR));
        assertThat(api.get("/engine-rest/group?member=amersfoort.aov", "demo").<List<String>>json("$[*].id"))
                .contains(roles.group(Role.AOV_ADVISEUR));
        assertThat(api.get("/engine-rest/identity/groups?userId=amersfoort.aov", "demo")
                .<List<String>>json("$.groups[*].id")).contains(roles.group(Role.AOV_ADVISEUR));
    }

    /** The demo's users of utrecht, all of them or those of the role. */
    private static List<String> utrechts(Role role) {
        return DemoUsers.USERS.stream().filter(user -> user.tenant().equals(DemoUsers.UTRECHT.id()))
                .filter(user -> role == null || user.roles().contains(role)).map(DemoUsers.DemoUser::id).toList();
    }

    private void grant(Resource resource) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId(CALLER);
        authorization.setResource(resource);
        authorization.setResourceId(Authorization.ANY);
        authorization.addPermission(Permissions.READ);
        grants.add(authorizations.saveAuthorization(authorization).getId());
    }
}
