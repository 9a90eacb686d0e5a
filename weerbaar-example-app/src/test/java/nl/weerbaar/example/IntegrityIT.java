package nl.weerbaar.example;

import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ExampleAppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings of issue 9, probed from outside over real HTTP as an attacker and a fault injector would, on H2 and
 * PostgreSQL: concurrent and engine-REST starts keep one lifecycle per gemeente and measure, variables change only
 * through forms, one bad value never breaks a gemeente's progress, a refused job request leaves another
 * gemeente's timer alone, and conflicts and client faults are 4xx with a Dutch detail, never 500.
 */
@ExampleAppTest
class IntegrityIT {

    private static final String AOV = "utrecht.aov";
    /** The one definition for all tenants; the instance takes the starting user's tenant (ADR 14). */
    private static final String START_BY_KEY = "/engine-rest/process-definition/key/weerbaar-maatregel/start";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    Api api;

    @BeforeEach
    void client() {
        api = Api.onPort(port);
    }

    @Test
    void twentyConcurrentStartsOfOneMeasureLeaveExactlyOneRunningInEachOfFiveRounds() throws Exception {
        // Measures no other test of the shared application starts (TasklistBrowserIT starts 4.1).
        for (String ref : List.of("1.3", "1.5", "3.2", "3.3", "3.9")) {
            List<Supplier<Response>> starts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                // Half through the Weerbaar API, half through Camunda's engine REST API, all at once.
                starts.add(i % 2 == 0
                        ? () -> api.post("/api/weerbaar/v1/catalog/measures/" + ref + "/lifecycles", AOV, null)
                        : () -> api.post(START_BY_KEY, AOV, "{\"businessKey\": \"utrecht:" + ref + "\"}"));
            }
            List<Response> answers = all(starts);

            assertThat(answers).extracting(Response::status).as("round %s", ref)
                    .filteredOn(status -> status < 300).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.status() >= 300).as("round %s", ref).hasSize(19)
                    .allSatisfy(refused -> {
                        assertThat(refused.status()).isEqualTo(409);
                        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                        assertThat(refused.<String>json("$.detail")).contains(ref);
                    });
            assertThat(running("utrecht:" + ref)).as("round %s", ref).isEqualTo(1);
        }
    }

    @Test
    void theEngineRestApiStartsByTheSameRules() {
        Response first = api.post(START_BY_KEY, AOV, "{\"businessKey\": \"utrecht:2.4\"}");
        Response second = api.post(START_BY_KEY, AOV, "{\"businessKey\": \"utrecht:2.4\"}");
        String definition = first.json("$.definitionId");
        Response byId = api.post("/engine-rest/process-definition/" + definition + "/start", AOV,
                "{\"businessKey\": \"utrecht:2.4\"}");
        Response overApi = api.post("/api/weerbaar/v1/catalog/measures/2.4/lifecycles", AOV, null);
        Response otherMeasure = api.post(START_BY_KEY, AOV, "{\"businessKey\": \"utrecht:2.5\","
                + " \"variables\": {\"measureRef\": {\"value\": \"2.7\"}}}");
        Response otherGemeente = api.post(START_BY_KEY, AOV, "{\"businessKey\": \"amersfoort:2.7\"}");
        Response unknown = api.post(START_BY_KEY, AOV, "{\"businessKey\": \"utrecht:9.9\"}");
        Response status = api.post(START_BY_KEY, AOV, "{\"businessKey\": \"utrecht:2.7\","
                + " \"variables\": {\"measureStatus\": {\"value\": \"AFGEROND\"}}}");

        assertThat(first.status()).isEqualTo(200);
        String id = first.json("$.id");
        for (Response again : List.of(second, byId)) {
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.header("Content-Type")).startsWith("application/problem+json");
            assertThat(again.<String>json("$.runningInstanceId")).isEqualTo(id);
            assertThat(again.<String>json("$.detail")).contains("loopt al in utrecht (procesinstantie " + id + ")");
        }
        assertThat(overApi.status()).isEqualTo(409);
        assertThat(overApi.<String>json("$.detail")).isEqualTo("Maatregel 2.4 loopt al in utrecht (levenscyclus " + id
                + ").");
        assertThat(List.of(otherMeasure, otherGemeente, unknown, status)).extracting(Response::status)
                .containsOnly(400);
        assertThat(otherMeasure.<String>json("$.detail")).isEqualTo("Levenscyclus niet gestart: variabele"
                + " 'measureRef' is '2.7', maar de business key 'utrecht:2.5' noemt maatregel '2.5'; laat measureRef"
                + " weg of geef '2.5'.");
        assertThat(otherGemeente.<String>json("$.detail")).contains("hoort bij gemeente 'amersfoort'");
        assertThat(unknown.<String>json("$.detail")).contains("maatregel '9.9' staat niet in de catalogus");
        assertThat(status.<String>json("$.detail")).contains("'measureStatus' wordt bij de start niet aangenomen");
        assertThat(running("utrecht:2.4")).isEqualTo(1);
        assertThat(running("utrecht:2.5") + running("utrecht:2.7") + running("amersfoort:2.7")).isZero();
        Response progress = api.get("/api/weerbaar/v1/progress", AOV);
        assertThat(progress.<List<String>>json("$.measures[?(@.ref == '2.4')].processInstanceId"))
                .containsExactly(id);
    }

    @Test
    void aCandidateChangesAMeasureOnlyThroughItsForm() {
        String instance = startOverApi("4.6");
        String task = openTask("utrecht:4.6");
        String form = "\"applicability\": {\"value\": \"VAN_TOEPASSING\"}, \"dueDate\": {\"value\": \"2099-01-01\"}";

        Map<String, Response> direct = Map.of(
                "task variable", api.put("/engine-rest/task/" + task + "/variables/measureStatus", AOV,
                        "{\"value\": \"AFGEROND\", \"type\": \"String\"}"),
                "task variables", api.post("/engine-rest/task/" + task + "/variables", AOV,
                        "{\"modifications\": {\"measureStatus\": {\"value\": \"AFGEROND\"}}}"),
                "task-local variable", api.put("/engine-rest/task/" + task + "/localVariables/owner", AOV,
                        "{\"value\": \"iemand\"}"),
                "removed variable", api.delete("/engine-rest/task/" + task + "/variables/measureRef", AOV),
                "process variable", api.put("/engine-rest/process-instance/" + instance + "/variables/measureStatus",
                        AOV, "{\"value\": \"AFGEROND\"}"),
                "BPMN error", api.post("/engine-rest/task/" + task + "/bpmnError", AOV, "{\"errorCode\": \"klaar\"}"));
        direct.forEach((what, answer) -> {
            assertThat(answer.status()).as(what).isEqualTo(403);
            assertThat(answer.<String>json("$.message")).as(what).isNotBlank();
        });
        assertThat(direct.get("task variable").<String>json("$.detail")).startsWith("Weerbaar-gegevens veranderen"
                + " alleen via het formulier van een taak of de start van een proces");

        Map<String, Response> refused = Map.of(
                "extra variable", api.post("/engine-rest/task/" + task + "/complete", AOV, "{\"variables\": {" + form
                        + ", \"owner\": {\"value\": \"utrecht.aov\"}, \"measureRef\": {\"value\": \"9.9\"}}}"),
                "owner as a number", api.post("/engine-rest/task/" + task + "/complete", AOV, "{\"variables\": {"
                        + form + ", \"owner\": {\"value\": 42, \"type\": \"Integer\"}}}"),
                "owner as yes/no", api.post("/engine-rest/task/" + task + "/submit-form", AOV, "{\"variables\": {"
                        + form + ", \"owner\": {\"value\": true, \"type\": \"Boolean\"}}}"),
                "owner as bytes", api.post("/engine-rest/task/" + task + "/complete", AOV, "{\"variables\": {" + form
                        + ", \"owner\": {\"value\": \"AQID\", \"type\": \"Bytes\"}}}"),
                "serialized Java object", api.post("/engine-rest/task/" + task + "/complete", AOV, "{\"variables\": {"
                        + form + ", \"owner\": {\"value\": \"rO0ABXQAAXg=\", \"type\": \"Object\", \"valueInfo\":"
                        + " {\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\":"
                        + " \"application/x-java-serialized-object\"}}}}"));
        refused.forEach((what, answer) -> {
            assertThat(answer.status()).as(what).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertThat(answer.<List<String>>json("$.violations[*].field")).as(what).isNotEmpty();
        });
        assertThat(refused.get("extra variable").<List<String>>json("$.violations[*].message"))
                .containsExactly("wordt op dit formulier alleen getoond en kan hier niet worden gewijzigd");
        assertThat(refused.get("owner as a number").<List<String>>json("$.violations[*].message"))
                .containsExactly("moet tekst zijn");

        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("the task is open").isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariables(instance)).containsEntry("measureStatus", "INTAKE")
                .containsEntry("measureRef", "4.6").doesNotContainKey("owner");
        Response progress = api.get("/api/weerbaar/v1/progress", AOV);
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.<List<String>>json("$.measures[?(@.ref == '4.6')].lifecycleStatus"))
                .containsExactly("INTAKE");
    }

    @Test
    void oneUnreadableValueDoesNotBreakTheGemeentesProgress() {
        String instance = startOverApi("4.7");
        // An administrator may write directly; here a value no form writes.
        Response written = api.put("/engine-rest/process-instance/" + instance + "/variables/owner", "demo",
                "{\"value\": 42, \"type\": \"Integer\"}");
        try {
            Response progress = api.get("/api/weerbaar/v1/progress", AOV);

            assertThat(written.status()).isEqualTo(204);
            assertThat(progress.status()).isEqualTo(200);
            assertThat(progress.<List<String>>json("$.measures[?(@.ref == '4.7')].status"))
                    .containsExactly("UNREADABLE");
            assertThat(progress.<List<String>>json("$.measures[?(@.ref == '1.1')].status"))
                    .containsExactly("IN_PROGRESS");
            assertThat(progress.<List<Object>>json("$.measures")).hasSize(41);
        } finally {
            engine.getRuntimeService().deleteProcessInstance(instance, "test: unreadable value");
        }
    }

    @Test
    void aRefusedJobRequestLeavesTheYearlyTimerOfAllGemeentenAsItWas() {
        // One deployment for all tenants (ADR 14): one yearly timer, without tenant, starts every gemeente's review.
        Job timer = engine.getManagementService().createJobQuery().withoutTenantId()
                .processDefinitionKey("weerbaar-continuiteit").timers().singleResult();
        String job = "/engine-rest/job/" + timer.getId();
        String definition = "/engine-rest/job-definition/" + timer.getJobDefinitionId();

        List<Response> answers = new ArrayList<>();
        for (int call = 0; call < 3; call++) {
            answers.add(api.post(job + "/execute", AOV, null));
        }
        answers.add(api.put(job + "/retries", AOV, "{\"retries\": 0}"));
        answers.add(api.put(job + "/suspended", AOV, "{\"suspended\": true}"));
        answers.add(api.put(job + "/duedate", AOV, "{\"duedate\": \"2030-01-01T00:00:00.000+0000\"}"));
        answers.add(api.put(job + "/priority", AOV, "{\"priority\": 99}"));
        answers.add(api.delete(job, AOV));
        answers.add(api.post("/engine-rest/job/retries", AOV, "{\"jobIds\": [\"" + timer.getId() + "\"],"
                + " \"retries\": 0}"));
        answers.add(api.put(definition + "/retries", AOV, "{\"retries\": 0}"));
        answers.add(api.put(definition + "/suspended", AOV, "{\"suspended\": true, \"includeJobs\": true}"));

        assertThat(answers).extracting(Response::status).allSatisfy(status ->
                assertThat(status).isBetween(400, 499));
        Job after = engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(after).as("the job is still there").isNotNull();
        assertThat(after.getRetries()).isEqualTo(timer.getRetries());
        assertThat(after.isSuspended()).isFalse();
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(after.getPriority()).isEqualTo(timer.getPriority());
        assertThat(after.getExceptionMessage()).isNull();
        assertThat(engine.getRuntimeService().createIncidentQuery().jobDefinitionIdIn(timer.getJobDefinitionId())
                .count()).isZero();
        assertThat(engine.getManagementService().createJobDefinitionQuery()
                .jobDefinitionId(timer.getJobDefinitionId()).singleResult().isSuspended()).isFalse();
    }

    @Test
    void twoCompletionsOfOneTaskAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        for (String ref : List.of("3.6", "3.7", "3.8")) {
            startOverApi(ref);
            String task = openTask("utrecht:" + ref);
            String body = "{\"variables\": {\"applicability\": {\"value\": \"NIET_VAN_TOEPASSING\"},"
                    + " \"notApplicableReason\": {\"value\": \"Regionaal geregeld.\"}}}";
            List<Response> answers = all(List.of(
                    () -> api.post("/engine-rest/task/" + task + "/complete", AOV, body),
                    () -> api.post("/engine-rest/task/" + task + "/submit-form", AOV, body)));

            assertThat(answers).extracting(Response::status).as("measure %s", ref).containsExactlyInAnyOrder(204, 409);
            Response loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(loser.header("Content-Type")).startsWith("application/problem+json");
            assertThat(loser.<String>json("$.detail")).matches("(Taak .* is al afgerond.*|Iemand anders wijzigde.*)");

            Response again = api.post("/engine-rest/task/" + task + "/complete", AOV, body);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.<String>json("$.detail")).startsWith("Taak " + task + " is al afgerond");
        }
        Response never = api.post("/engine-rest/task/no-such-task/complete", AOV, "{}");
        assertThat(never.status()).isEqualTo(404);
        assertThat(never.<String>json("$.detail")).isEqualTo("Taak no-such-task bestaat niet (meer).");
    }

    @Test
    void aConditionThatMatchesNothingAndASerializedObjectAreRefusedAsClientFaults() {
        Response condition = api.post("/engine-rest/condition", "demo",
                "{\"variables\": {\"temperatuur\": {\"value\": 40}}, \"tenantId\": \"utrecht\"}");
        Response object = api.post("/engine-rest/process-definition/key/weerbaar-noodsteunpunt/start",
                AOV, "{\"variables\": {\"noodsteunpuntName\": {\"value\": \"rO0ABXQAAXg=\", \"type\": \"Object\","
                        + " \"valueInfo\": {\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\":"
                        + " \"application/x-java-serialized-object\"}}}}");

        assertThat(condition.status()).isEqualTo(400);
        assertThat(condition.<String>json("$.detail")).startsWith("Deze variabelen starten geen proces");
        assertThat(object.status()).isEqualTo(400);
        assertThat(object.<String>json("$.detail")).startsWith("Geserialiseerde Java-objecten worden niet aangenomen");
    }

    @Test
    void theRolverdelingAndTheRegionsLifecyclesStartAndChangeByTheSameRules() {
        String record = "/engine-rest/process-definition/key/weerbaar-rolverdeling/start";
        String measure = "{\"variables\": {\"measureRef\": {\"value\": \"1.6\"}}}";
        Response first = api.post(record, AOV, measure);
        Response second = api.post(record, AOV, measure);
        Response otherKey = api.post(record, AOV, "{\"businessKey\": \"amersfoort:rolverdeling:1.6\","
                + " \"variables\": {\"measureRef\": {\"value\": \"1.6\"}}}");
        // The region's user, allowed to start here, starts in the region's tenant.
        List<Authorization> grants = List.of(
                grant("vr-utrecht.ab", Resources.PROCESS_DEFINITION, Permissions.CREATE_INSTANCE),
                grant("vr-utrecht.ab", Resources.PROCESS_INSTANCE, Permissions.CREATE));
        Response confirmAlone;
        Response regionNotLeading;
        try {
            confirmAlone = api.post("/engine-rest/process-definition/key/weerbaar-rolverdeling-regio/start",
                    "vr-utrecht.ab", "{}");
            regionNotLeading = api.post("/engine-rest/process-definition/key/weerbaar-maatregel/start",
                    "vr-utrecht.ab", "{\"businessKey\": \"vr-utrecht:1.6\"}");
        } finally {
            grants.forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
        }

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.<String>json("$.businessKey")).isEqualTo("utrecht:rolverdeling:1.6");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.<String>json("$.runningInstanceId")).isEqualTo(first.json("$.id"));
        assertThat(List.of(otherKey, confirmAlone, regionNotLeading)).extracting(Response::status).containsOnly(400);
        assertThat(otherKey.<String>json("$.detail")).contains("de business key is 'utrecht:rolverdeling:1.6'");
        assertThat(confirmAlone.<String>json("$.detail")).contains("deze stap start vanuit weerbaar-rolverdeling");
        assertThat(regionNotLeading.<String>json("$.detail")).contains("vr-utrecht voert maatregel 1.6 voor geen van"
                + " haar gemeenten uit");

        String task = openTask("utrecht:rolverdeling:1.6");
        String proposal = "\"responsibleChoice\": {\"value\": \"GEMEENTE\"}, \"agreementDate\": {\"value\":"
                + " \"2026-01-15\"}";
        Response reference = api.post("/engine-rest/task/" + task + "/complete", AOV, "{\"variables\": {" + proposal
                + ", \"agreementReference\": {\"value\": 42, \"type\": \"Integer\"}}}");
        Response extra = api.post("/engine-rest/task/" + task + "/complete", AOV, "{\"variables\": {" + proposal
                + ", \"agreementReference\": {\"value\": \"AB-1\"}, \"rolverdelingStatus\": {\"value\":"
                + " \"VAN_KRACHT\"}}}");
        Response direct = api.put("/engine-rest/task/" + task + "/variables/responsibleParty", AOV,
                "{\"value\": \"veiligheidsregios\"}");
        assertThat(reference.status()).isEqualTo(400);
        assertThat(reference.<List<String>>json("$.violations[*].message")).containsExactly("moet tekst zijn");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.<List<String>>json("$.violations[*].field")).containsExactly("rolverdelingStatus");
        assertThat(direct.status()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariables(first.json("$.id")))
                .containsEntry("rolverdelingStatus", "VASTLEGGEN")
                .doesNotContainKeys("responsibleParty", "agreementReference", "agreementDate");
    }

    private String startOverApi(String ref) {
        Response started = api.post("/api/weerbaar/v1/catalog/measures/" + ref + "/lifecycles", AOV, null);
        assertThat(started.status()).as("start of %s", ref).isEqualTo(201);
        return started.json("$.id");
    }

    private String openTask(String businessKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        return task.getId();
    }

    private long running(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("weerbaar-maatregel")
                .processInstanceBusinessKey(businessKey).count();
    }

    /** Sends every request at once, from a thread each, and returns their answers in order. */
    static List<Response> all(List<Supplier<Response>> requests) throws Exception {
        CountDownLatch ready = new CountDownLatch(requests.size());
        List<Callable<Response>> calls = new ArrayList<>();
        for (Supplier<Response> request : requests) {
            calls.add(() -> {
                ready.countDown();
                ready.await(10, TimeUnit.SECONDS);
                return request.get();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(calls, 120, TimeUnit.SECONDS)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStartOverRestTakesTheUsersOneTenantAndAnAdministratorWithoutOneIsRefusedNamingIt() {
        Response byTenantPath = api.post("/engine-rest/process-definition/key/weerbaar-maatregel/tenant-id/utrecht"
                + "/start", AOV, "{\"businessKey\": \"utrecht:6.3\"}");
        Response admin = api.post(START_BY_KEY, "demo", "{\"businessKey\": \"utrecht:6.3\"}");

        assertThat(byTenantPath.status()).as("no definition of its own in the tenant").isEqualTo(404);
        assertThat(admin.status()).isEqualTo(400);
        assertThat(admin.<String>json("$.detail")).contains("gebruiker demo hoort bij geen gemeente of"
                + " veiligheidsregio");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("utrecht:6.3")
                .count()).isZero();
    }

    private Authorization grant(String user, Resources resource, Permission permission) {
        Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        grant.addPermission(permission);
        return engine.getAuthorizationService().saveAuthorization(grant);
    }
}
