package nl.weerbaar.example;

import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ExampleAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another gemeente's people stay out of sight: a gemeente's user finds, over every directory call of the engine
 * REST API, neither another gemeente's users nor which groups and tenants they have — the groups themselves are
 * shared by all gemeenten — while their own colleagues stay visible, and the administrator sees everyone.
 */
@ExampleAppTest
class DirectoryIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = Api.onPort(port);
    }

    @Test
    void aGemeentesUserFindsNothingOfAnotherGemeentesPeople() {
        Map<String, Response> probes = Map.of(
                "groups of", api.get("/engine-rest/group?member=amersfoort.aov", "utrecht.aov"),
                "tenants of", api.get("/engine-rest/tenant?userMember=amersfoort.aov", "utrecht.aov"),
                "members of a shared group", api.get("/engine-rest/user?memberOfGroup=weerbaar-aov-adviseur",
                        "utrecht.aov"),
                "users of another tenant", api.get("/engine-rest/user?memberOfTenant=amersfoort", "utrecht.aov"));
        probes.forEach((what, answer) -> assertThat(answer.status()).as(what).isEqualTo(200));

        assertThat(probes.get("groups of").<List<Object>>json("$")).isEmpty();
        assertThat(api.get("/engine-rest/group/count?member=amersfoort.aov", "utrecht.aov").<Integer>json("$.count"))
                .isZero();
        assertThat(probes.get("tenants of").<List<Object>>json("$")).isEmpty();
        assertThat(probes.get("members of a shared group").<List<String>>json("$[*].id"))
                .allSatisfy(id -> assertThat(id).startsWith("utrecht."));
        assertThat(probes.get("users of another tenant").<List<Object>>json("$")).isEmpty();
        Response info = api.get("/engine-rest/identity/groups?userId=amersfoort.aov", "utrecht.aov");
        assertThat(info.<List<Object>>json("$.groups")).isEmpty();
        assertThat(info.<List<Object>>json("$.groupUsers")).isEmpty();
        assertThat(api.get("/engine-rest/user/amersfoort.aov/profile", "utrecht.aov").status()).isIn(403, 404);
    }

    @Test
    void ownColleaguesStayVisibleAndTheAdministratorSeesEveryone() {
        assertThat(api.get("/engine-rest/group?member=utrecht.aov", "utrecht.aov").<List<String>>json("$[*].id"))
                .contains("weerbaar-aov-adviseur");
        assertThat(api.get("/engine-rest/group?member=amersfoort.aov", "demo").<List<String>>json("$[*].id"))
                .contains("weerbaar-aov-adviseur");
        assertThat(api.get("/engine-rest/identity/groups?userId=amersfoort.aov", "demo")
                .<List<String>>json("$.groups[*].id")).contains("weerbaar-aov-adviseur");
    }
}
