package nl.weerbaar.example;

import nl.weerbaar.example.demo.DemoData;
import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ExampleAppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The application as a newcomer starts it, over real HTTP: only health is anonymous, the engine REST API and the
 * Weerbaar API authenticate against Camunda's identity service, every demo user finds their role's work in their
 * own gemeente, and nobody sees or completes another gemeente's tasks.
 */
@ExampleAppTest
class ExampleAppIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    DemoData demoData;

    @Autowired
    Environment activeProfiles;

    Api api;

    @BeforeEach
    void client() {
        api = Api.onPort(port);
    }

    @Test
    void answersHealthAndTheOpenApiDocumentAnonymouslyAndNothingElse() {
        Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.<String>json("$.status")).isEqualTo("UP");
        assertThat(api.get("/actuator").status()).isEqualTo(401);
        assertThat(api.get("/actuator/info").status()).isEqualTo(401);
        assertThat(api.get("/actuator", "demo").status()).as("no endpoint discovery").isEqualTo(404);
        assertThat(api.get("/actuator/info", "demo").status()).isEqualTo(404);

        assertThat(api.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(api.get("/engine-rest/engine").status()).as("not even the list of engines").isEqualTo(401);
        assertThat(api.get("/api/weerbaar/v1/progress").status()).isEqualTo(401);
        assertThat(api.get("/api/weerbaar/v1/openapi.json/../progress").status())
                .as("a path that climbs out of the anonymous document is refused by Spring Security's firewall")
                .isEqualTo(400);
        assertThat(api.get("/camunda/api/engine/engine/default/task/count").status()).isEqualTo(401);

        Response openApi = api.get("/api/weerbaar/v1/openapi.json");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(openApi.<String>json("$.servers[0].url")).isEqualTo("/api/weerbaar/v1");
        assertThat(openApi.header("API-Version")).isEqualTo(openApi.<String>json("$.info.version"));
    }

    @Test
    void showsHealthDetailsOnlyToAdministrators() {
        assertThat(api.get("/actuator/health").body()).doesNotContain("components");
        assertThat(api.get("/actuator/health", "utrecht.aov").body()).doesNotContain("components");
        Response admin = api.get("/actuator/health", "demo");
        assertThat(admin.<String>json("$.components.weerbaar.status")).isEqualTo("UP");
        assertThat(admin.<Integer>json("$.components.weerbaar.details.tenants")).isEqualTo(3);
        assertThat(admin.<Boolean>json("$.components.weerbaar.details.deployed")).isTrue();
    }

    @Test
    void everyWeerbaarApiResponseCarriesItsVersionAndTheSecurityHeadersOnce() {
        String version = api.get("/api/weerbaar/v1/openapi.json").json("$.info.version");
        Map<String, Response> responses = Map.of(
                "ok", api.get("/api/weerbaar/v1/catalog", "utrecht.aov"),
                "anonymous", api.get("/api/weerbaar/v1/catalog"),
                "unknown path", api.get("/api/weerbaar/v1/nergens", "utrecht.aov"),
                "old path", api.get("/api/weerbaar/progress", "utrecht.aov"),
                "wrong method", api.post("/api/weerbaar/v1/progress", "utrecht.aov", "{}"));
        responses.forEach((call, response) -> {
            assertThat(response.headers("API-Version")).as(call).containsExactly(version);
            assertThat(response.headers("X-Content-Type-Options")).as(call).containsExactly("nosniff");
            assertThat(response.headers("Cache-Control")).as(call).containsExactly("no-store");
            assertThat(response.headers("X-Frame-Options")).as(call).containsExactly("DENY");
            assertThat(response.headers("Content-Security-Policy")).as(call).containsExactly("frame-ancestors 'none'");
            if (response.status() >= 400) {
                assertThat(response.header("Content-Type")).as(call).startsWith("application/problem+json");
                assertThat(response.<Integer>json("$.status")).as(call).isEqualTo(response.status());
                assertThat(response.<String>json("$.title")).as(call).isNotBlank();
                assertThat(response.<String>json("$.detail")).as(call).isNotBlank();
            }
        });
        assertThat(responses.get("ok").status()).isEqualTo(200);
        assertThat(responses.get("anonymous").status()).isEqualTo(401);
        assertThat(responses.get("unknown path").status()).isEqualTo(404);
        assertThat(responses.get("old path").<String>json("$.detail")).contains("staat onder /api/weerbaar/v1");
        assertThat(responses.get("wrong method").status()).isEqualTo(405);
        assertThat(responses.get("wrong method").header("Allow")).isEqualTo("GET");
    }

    @Test
    void engineRestAuthenticatesWithHttpBasicAgainstTheIdentityService() {
        Response anonymous = api.get("/engine-rest/task");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.challenge()).startsWith("Basic");
        assertThat(api.get("/engine-rest/task", "utrecht.aov").status()).isEqualTo(200);
        assertThat(api.get("/engine-rest/task", "nobody").status()).as("unknown user").isEqualTo(401);
    }

    @Test
    void showsUtrechtsProgressWithTheDemoMeasuresAtTheirStages() {
        Response progress = api.get("/api/weerbaar/v1/progress", "utrecht.aov");

        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.<String>json("$.tenant")).isEqualTo("utrecht");
        assertThat(progress.<List<Object>>json("$.measures")).hasSize(41);
        assertThat(stage(progress, "1.1")).containsExactly("IN_PROGRESS", "INTAKE");
        assertThat(stage(progress, "1.4")).containsExactly("IN_PROGRESS", "IN_UITVOERING");
        assertThat(stage(progress, "2.2")).containsExactly("IN_PROGRESS", "TER_BEOORDELING");
        assertThat(stage(progress, "3.5")).containsExactly("IN_PROGRESS", "NIET_VAN_TOEPASSING_TER_BEOORDELING");
        assertThat(stage(progress, "3.1")).containsExactly("OVERDUE", "IN_UITVOERING");
        assertThat(stage(progress, "3.4")).containsExactly("NOT_APPLICABLE", "NIET_VAN_TOEPASSING");
        assertThat(stage(progress, "2.1")).containsExactly("DONE", "AFGEROND");
        assertThat(stage(progress, "1.2")).containsExactly("NOT_STARTED", null);
        assertThat(progress.<List<String>>json("$.measures[?(@.ref == '2.2')].owner")).containsExactly("utrecht.aov");
        assertThat(stage(progress, "2.6")).as("led by the region").containsExactly("IN_PROGRESS", "IN_UITVOERING");
        assertThat(progress.<List<String>>json("$.measures[?(@.ref == '2.6')].executedBy"))
                .containsExactly("vr-utrecht");
        assertThat(progress.<List<String>>json("$.measures[?(@.ref == '2.2')].executedBy")).containsExactly("utrecht");

        Response amersfoort = api.get("/api/weerbaar/v1/progress", "amersfoort.aov");
        assertThat(amersfoort.<String>json("$.tenant")).isEqualTo("amersfoort");
        assertThat(stage(amersfoort, "2.2")).containsExactly("IN_PROGRESS", "IN_UITVOERING");
        assertThat(stage(amersfoort, "3.1")).as("Utrecht's overdue measure is not Amersfoort's")
                .containsExactly("NOT_STARTED", null);
        assertThat(stage(amersfoort, "2.6")).as("the region carries 2.6 out for Amersfoort too")
                .containsExactly("IN_PROGRESS", "IN_UITVOERING");
    }

    @Test
    void keepsTheValuesFixedAtALifecyclesStartInItsHistoricVariablesWithoutDetailRowsAsConfigured() {
        String done = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("utrecht:2.1").singleResult().getId();

        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(done)
                .variableName("measureTitle").singleResult().getValue()).asString().isNotBlank();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(done).variableUpdates()
                .list()).extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .as("weerbaar.engine.catalog-value-details=false").doesNotContain("measureTitle", "workGroup")
                .contains("measureStatus", "rolverdeling", "reviewDecision");
    }

    @Test
    void givesEveryDemoUserTheWorkOfTheirRoleInTheirOwnTenant() {
        Map<String, List<String>> expected = Map.of(
                "utrecht.gemsec", List.of("Te late maatregel bespreken"),
                "utrecht.burgemeester", List.of("Maatregel beoordelen"),
                "utrecht.wethouder", List.of("Niet van toepassing beoordelen"),
                "utrecht.griffie", List.of("Raadsvoorstel opstellen"),
                "utrecht.bcm", List.of("Kritiek proces beoordelen", "Kritiek proces beoordelen"),
                "vr-utrecht.ab", List.of("Kaders en voorlopige jaarrekening naar de raden sturen", "Maatregel uitvoeren",
                        "Rolverdeling bevestigen namens de veiligheidsregio"),
                "amersfoort.aov", List.of("Intake: eigenaar en termijn vastleggen", "Plan van aanpak opstellen",
                        "Ontwerpbegroting ambtelijk analyseren"));
        expected.forEach((user, tasks) -> {
            Response response = api.get("/engine-rest/task", user);
            assertThat(response.<List<String>>json("$[*].name")).as(user).containsExactlyInAnyOrderElementsOf(tasks);
            assertThat(response.<List<String>>json("$[*].tenantId")).as(user)
                    .containsOnly(user.substring(0, user.indexOf('.')));
        });
        assertThat(api.get("/engine-rest/task", "utrecht.aov").<List<String>>json("$[*].name"))
                .contains("Intake: eigenaar en termijn vastleggen", "Plan van aanpak opstellen", "Maatregel uitvoeren",
                        "Voorzieningen regelen");
    }

    @Test
    void amersfoortSeesNoneOfUtrechtsTasksAndCannotCompleteOne() {
        Task utrechts = engine.getTaskService().createTaskQuery().tenantIdIn("utrecht")
                .taskName("Intake: eigenaar en termijn vastleggen").processInstanceBusinessKey("utrecht:1.1")
                .singleResult();

        Response list = api.get("/engine-rest/task", "amersfoort.aov");
        assertThat(list.<List<String>>json("$[*].tenantId")).isNotEmpty().containsOnly("amersfoort");
        assertThat(list.<List<String>>json("$[*].id")).doesNotContain(utrechts.getId());
        assertThat(api.get("/engine-rest/task/" + utrechts.getId(), "amersfoort.aov").status()).isEqualTo(404);
        assertThat(api.get("/engine-rest/task/count?tenantIdIn=utrecht", "amersfoort.aov").<Integer>json("$.count"))
                .isZero();

        Response complete = api.post("/engine-rest/task/" + utrechts.getId() + "/complete", "amersfoort.aov",
                "{\"variables\": {\"applicability\": {\"value\": \"NIET_VAN_TOEPASSING\"},"
                        + " \"notApplicableReason\": {\"value\": \"Niet onze gemeente.\"}}}");
        Response claim = api.post("/engine-rest/task/" + utrechts.getId() + "/claim", "amersfoort.aov",
                "{\"userId\": \"amersfoort.aov\"}");

        assertThat(complete.status()).isEqualTo(403);
        assertThat(complete.<String>json("$.type")).isEqualTo("AuthorizationException");
        assertThat(claim.status()).isEqualTo(403);
        Task after = engine.getTaskService().createTaskQuery().taskId(utrechts.getId()).singleResult();
        assertThat(after).as("the task is still open").isNotNull();
        assertThat(after.getAssignee()).isNull();
        assertThat(api.get("/engine-rest/task/" + utrechts.getId(), "utrecht.aov").status()).isEqualTo(200);
    }

    @Test
    void aUserCompletesTheirOwnTaskOverRestAndTheFormIsEnforced() {
        assertThat(api.post("/api/weerbaar/v1/catalog/measures/5.2/lifecycles", "utrecht.aov", null).status())
                .isEqualTo(201);
        String task = api.get("/engine-rest/task?processInstanceBusinessKey=utrecht:5.2", "utrecht.aov")
                .<List<String>>json("$[*].id").get(0);

        Response incomplete = api.post("/engine-rest/task/" + task + "/submit-form", "utrecht.aov",
                "{\"variables\": {\"applicability\": {\"value\": \"VAN_TOEPASSING\"}}}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.<String>json("$.type")).isEqualTo("FormValidationException");
        assertThat(incomplete.<List<String>>json("$.violations[*].field")).containsExactly("owner", "dueDate");
        assertThat(incomplete.<String>json("$.violations[0].message"))
                .isEqualTo("is verplicht als de maatregel van toepassing is");
        assertThat(incomplete.body()).contains("Eigenaar (owner): is verplicht als de maatregel van toepassing is");

        Response complete = api.post("/engine-rest/task/" + task + "/submit-form", "utrecht.aov",
                "{\"variables\": {\"applicability\": {\"value\": \"VAN_TOEPASSING\"},"
                        + " \"owner\": {\"value\": \"utrecht.aov\"}, \"dueDate\": {\"value\": \"2099-01-01\"}}}");
        assertThat(complete.status()).isEqualTo(204);
        assertThat(stage(api.get("/api/weerbaar/v1/progress", "utrecht.aov"), "5.2"))
                .containsExactly("IN_PROGRESS", "IN_UITVOERING");
        assertThat(api.post("/api/weerbaar/v1/catalog/measures/5.2/lifecycles", "amersfoort.aov", null).status())
                .as("another gemeente starts its own").isEqualTo(201);
    }

    @Test
    void sharesTheGroupTaskFilterWithEveryRoleButAllTasksOnlyWithTheAdministrator() {
        assertThat(api.get("/engine-rest/filter", "utrecht.aov").<List<String>>json("$[*].name"))
                .containsExactlyInAnyOrder("Mijn groepstaken", "Aan mij toegewezen");
        assertThat(api.get("/engine-rest/filter", "vr-utrecht.ab").<List<String>>json("$[*].name"))
                .containsExactlyInAnyOrder("Mijn groepstaken", "Aan mij toegewezen");
        assertThat(api.get("/engine-rest/filter", "demo").<List<String>>json("$[*].name"))
                .contains("Mijn groepstaken", "Alle taken");
        assertThat(api.get("/engine-rest/authorization/check?permissionName=ACCESS&resourceName=application"
                + "&resourceType=0&resourceId=tasklist", "amersfoort.aov").<Boolean>json("$.authorized")).isTrue();
    }

    @Test
    void aRestartOnTheSameDatabaseAddsNothing() {
        Map<String, Long> before = counts(engine);

        // A second start of the application on the same database (the same in-memory H2 in this JVM, or the
        // PostgreSQL server), with its own engine name and without job executor, so it does not disturb this one.
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(WeerbaarExampleApplication.class)
                .profiles(activeProfiles.getActiveProfiles())
                .properties("server.port=0", "camunda.bpm.process-engine-name=restarted",
                        "camunda.bpm.job-execution.enabled=false", "camunda.bpm.webapp.enabled=false",
                        "spring.jmx.enabled=false")
                .run()) {
            ProcessEngine second = restarted.getBean(ProcessEngine.class);
            assertThat(second.getName()).isEqualTo("restarted");
            assertThat(counts(second)).as("the restarted application sees the same data").isEqualTo(before);
        }
        demoData.load();

        assertThat(counts(engine)).isEqualTo(before);
        assertThat(before).contains(entry("users", 9L), entry("tenants", 3L), entry("filters", 3L));
    }

    private static Map<String, Long> counts(ProcessEngine engine) {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("users", engine.getIdentityService().createUserQuery().count());
        counts.put("groups", engine.getIdentityService().createGroupQuery().count());
        counts.put("tenants", engine.getIdentityService().createTenantQuery().count());
        counts.put("authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
        counts.put("filters", engine.getFilterService().createFilterQuery().count());
        counts.put("process instances", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
        counts.put("deployments", engine.getRepositoryService().createDeploymentQuery().count());
        return counts;
    }

    private static List<String> stage(Response progress, String ref) {
        List<String> status = progress.json("$.measures[?(@.ref == '" + ref + "')].status");
        List<String> lifecycle = progress.json("$.measures[?(@.ref == '" + ref + "')].lifecycleStatus");
        ArrayList<String> stage = new ArrayList<>(status);
        stage.addAll(lifecycle);
        return stage;
    }
}
