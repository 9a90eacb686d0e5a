package nl.weerbaar.example;

import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ChildApplication;
import nl.weerbaar.example.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of the packaged application — child JVMs started here, as a gemeente runs two nodes — on one
 * PostgreSQL database ({@code weerbaar.it.twonode.url}, emptied first): concurrent starts spread over both nodes
 * keep one lifecycle per gemeente and measure, one task completed on both at once gives one success and one 409,
 * and killing a node (SIGKILL) in the middle of a burst of starts and completions, then starting it again, loses,
 * duplicates and half-applies nothing, and bulk starts of one gemeente on both nodes at once, with single starts among
 * them, start each measure once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeIT {

    private static final String URL = System.getProperty("weerbaar.it.twonode.url",
            "jdbc:postgresql://localhost:5432/weerbaar_twonode");
    private static final String USER = "weerbaar";
    private static final String PASSWORD = "weerbaar";
    /** The one definition for all tenants; the instance takes the starting user's tenant (ADR 14). */
    private static final String START_BY_KEY = "/engine-rest/process-definition/key/weerbaar-maatregel/start";

    private static ChildApplication nodeA;
    private static ChildApplication nodeB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        assumeTrue(TestDatabase.postgres(), "two nodes need a database server; they run in the PostgreSQL run");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            String message = "two-node test skipped: no database at " + URL + " (" + e.getMessage() + ")";
            if (Boolean.parseBoolean(System.getenv("WEERBAAR_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(message, e);
            }
            assumeTrue(false, message);
        }
        Map<String, String> environment = Map.of("WEERBAAR_DB_URL", URL);
        List<String> command = ChildApplication.java(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"),
                "--spring.profiles.active=demo,postgres");
        // One after the other: the first creates the schema and the demo data, the second finds them.
        nodeA = ChildApplication.start(command, environment, "twonode-a");
        nodeB = ChildApplication.start(command, environment, "twonode-b");
    }

    @AfterAll
    static void stopBothNodes() {
        if (nodeB != null) {
            nodeB.stop();
        }
        if (nodeA != null) {
            nodeA.stop();
        }
    }

    @Test
    @Order(1)
    void twentyConcurrentStartsSpreadOverTwoNodesLeaveExactlyOneRunningInEachOfFiveRounds() throws Exception {
        Api a = nodeA.api();
        Api b = nodeB.api();
        for (String ref : List.of("4.1", "4.2", "4.3", "4.4", "4.5")) {
            List<Supplier<Response>> starts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Api node = i % 2 == 0 ? a : b;
                starts.add(i % 4 < 2
                        ? () -> node.post("/api/weerbaar/v1/catalog/measures/" + ref + "/lifecycles", "utrecht.aov",
                                null)
                        : () -> node.post(START_BY_KEY, "utrecht.aov",
                                "{\"businessKey\": \"utrecht:" + ref + "\"}"));
            }
            List<Response> answers = IntegrityIT.all(starts);

            assertThat(answers).extracting(Response::status).as("round %s", ref)
                    .filteredOn(status -> status < 300).hasSize(1);
            assertThat(answers).extracting(Response::status).as("round %s", ref)
                    .filteredOn(status -> status >= 300).hasSize(19).containsOnly(409);
            assertThat(running("utrecht", "utrecht:" + ref)).as("round %s", ref).isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void oneTaskCompletedOnBothNodesAtOnceGivesOneSuccessAndOneConflict() throws Exception {
        for (String ref : List.of("3.6", "3.7", "3.8")) {
            assertThat(nodeA.api().post("/api/weerbaar/v1/catalog/measures/" + ref + "/lifecycles", "utrecht.aov",
                    null).status()).isEqualTo(201);
            String task = nodeB.api().get("/engine-rest/task?processInstanceBusinessKey=utrecht:" + ref,
                    "utrecht.aov").<List<String>>json("$[*].id").get(0);
            String body = "{\"variables\": {\"applicability\": {\"value\": \"NIET_VAN_TOEPASSING\"},"
                    + " \"notApplicableReason\": {\"value\": \"Regionaal geregeld.\"}}}";

            List<Response> answers = IntegrityIT.all(List.of(
                    () -> nodeA.api().post("/engine-rest/task/" + task + "/complete", "utrecht.aov", body),
                    () -> nodeB.api().post("/engine-rest/task/" + task + "/complete", "utrecht.aov", body)));

            assertThat(answers).extracting(Response::status).as("measure %s", ref).containsExactlyInAnyOrder(204, 409);
            Response loser = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
            assertThat(loser.header("Content-Type")).startsWith("application/problem+json");
            assertThat(loser.<String>json("$.detail")).isNotBlank();
        }
    }

    @Test
    @Order(3)
    void killingANodeInTheMiddleOfABurstLosesDuplicatesAndHalfAppliesNothing() throws Exception {
        List<String> refs = nodeA.api().get("/api/weerbaar/v1/progress", "amersfoort.aov")
                .json("$.measures[?(@.status == 'NOT_STARTED')].ref");
        List<String> toComplete = refs.subList(0, 12);
        List<String> toStart = refs.subList(12, 36);
        Map<String, String> intakes = new HashMap<>();
        for (String ref : toComplete) {
            assertThat(nodeA.api().post("/api/weerbaar/v1/catalog/measures/" + ref + "/lifecycles", "amersfoort.aov",
                    null).status()).isEqualTo(201);
            intakes.put(ref, nodeA.api().get("/engine-rest/task?processInstanceBusinessKey=amersfoort:" + ref,
                    "amersfoort.aov").<List<String>>json("$[*].id").get(0));
        }

        // The burst, against node B: every start twice (once per API) and every intake completed, four at a time.
        List<Runnable> burst = new ArrayList<>();
        Map<String, Integer> startAnswers = new ConcurrentHashMap<>();
        Map<String, Integer> completionAnswers = new ConcurrentHashMap<>();
        Api b = nodeB.api();
        for (int i = 0; i < toStart.size(); i++) {
            String ref = toStart.get(i);
            burst.add(() -> record(startAnswers, ref, () -> b.post("/api/weerbaar/v1/catalog/measures/" + ref
                    + "/lifecycles", "amersfoort.aov", null)));
            burst.add(() -> record(startAnswers, ref, () -> b.post(START_BY_KEY,
                    "amersfoort.aov", "{\"businessKey\": \"amersfoort:" + ref + "\"}")));
            if (i < toComplete.size()) {
                String completed = toComplete.get(i);
                burst.add(() -> record(completionAnswers, completed, () -> b.post("/engine-rest/task/"
                        + intakes.get(completed) + "/complete", "amersfoort.aov", "{\"variables\": {\"applicability\":"
                        + " {\"value\": \"VAN_TOEPASSING\"}, \"owner\": {\"value\": \"amersfoort.aov\"}, \"dueDate\":"
                        + " {\"value\": \"2099-01-01\"}}}")));
            }
        }
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> calls = new ArrayList<>();
        for (Runnable call : burst) {
            calls.add(pool.submit(() -> {
                call.run();
                answered.incrementAndGet();
            }));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (answered.get() < burst.size() / 3 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        int answeredBeforeTheKill = answered.get();
        nodeB.kill();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(answeredBeforeTheKill).as("the kill came in the middle of the burst")
                .isBetween(burst.size() / 3, burst.size() - 1);
        nodeB.restart();
        assertThat(startAnswers.values()).as("answers to starts").allSatisfy(status ->
                assertThat(status).isIn(200, 201, 409));
        assertThat(completionAnswers.values()).as("answers to completions").allSatisfy(status ->
                assertThat(status).isIn(204, 409));

        Map<String, List<String>> running = runningByKey("amersfoort");
        for (String ref : toStart) {
            Integer status = startAnswers.get(ref);
            assertThat(running.getOrDefault("amersfoort:" + ref, List.of())).as("starts of %s (best answer %s)", ref,
                    status).hasSizeLessThanOrEqualTo(1);
            if (status != null && status < 300) {
                assertThat(running.get("amersfoort:" + ref)).as("answered start of %s is kept", ref).hasSize(1);
            }
        }
        for (String ref : toComplete) {
            Integer status = completionAnswers.get(ref);
            if (status != null && status < 300) {
                assertThat(openTasks("amersfoort:" + ref)).as("answered completion of %s is kept", ref)
                        .containsExactly("Task_Plan");
            }
        }
        // Every lifecycle is whole: its one open task matches its status and variables, it has its row, and no row
        // is left of an instance that does not run.
        for (Map.Entry<String, List<String>> lifecycle : running.entrySet()) {
            String instance = lifecycle.getValue().get(0);
            Map<String, String> variables = variables(instance);
            List<String> tasks = openTasks(lifecycle.getKey());
            assertThat(tasks).as("%s has one open task", lifecycle.getKey()).hasSize(1);
            assertThat(variables).as("%s was loaded from the catalog", lifecycle.getKey())
                    .containsKeys("measureTitle", "measureStatus", "authorityGroup");
            if (tasks.get(0).equals("Task_Intake")) {
                assertThat(variables.get("measureStatus")).isEqualTo("INTAKE");
                assertThat(variables).doesNotContainKey("owner");
            } else if (tasks.get(0).equals("Task_Plan")) {
                assertThat(variables.get("measureStatus")).isEqualTo("IN_UITVOERING");
                assertThat(variables).containsEntry("owner", "amersfoort.aov").containsKey("dueDate");
            }
        }
        assertKeysHeld("amersfoort", running);
        // Nothing half-started blocks a start: every measure of the burst that does not run starts now, once.
        for (String ref : toStart) {
            if (!running.containsKey("amersfoort:" + ref)) {
                assertThat(nodeB.api().post("/api/weerbaar/v1/catalog/measures/" + ref + "/lifecycles",
                        "amersfoort.aov", null).status()).as("start of %s after the restart", ref).isEqualTo(201);
            }
        }
        assertThat(runningByKey("amersfoort").values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    @Test
    @Order(4)
    void bulkStartsOfOneGemeenteOnBothNodesAtOnceStartEachMeasureOnce() throws Exception {
        List<String> notStarted = nodeA.api().get("/api/weerbaar/v1/progress", "utrecht.aov")
                .json("$.measures[?(@.status == 'NOT_STARTED')].ref");
        assertThat(notStarted).as("measures of utrecht that no lifecycle works yet").hasSizeGreaterThan(10);
        List<Supplier<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Api node = i % 2 == 0 ? nodeA.api() : nodeB.api();
            calls.add(() -> node.post("/api/weerbaar/v1/lifecycles", "utrecht.aov", null));
        }
        // Single starts of four of them in the same burst, over both APIs; none the region leads (2.6, 5.3), which a
        // single start by business key would start in the gemeente's own tenant.
        List<String> singles = notStarted.stream().filter(ref -> !ref.equals("2.6") && !ref.equals("5.3")).limit(4)
                .toList();
        for (int i = 0; i < 4; i++) {
            String ref = singles.get(i);
            Api node = i % 2 == 0 ? nodeB.api() : nodeA.api();
            calls.add(i < 2 ? () -> node.post("/api/weerbaar/v1/catalog/measures/" + ref + "/lifecycles",
                    "utrecht.aov", null)
                    : () -> node.post(START_BY_KEY, "utrecht.aov", "{\"businessKey\": \"utrecht:" + ref + "\"}"));
        }
        List<Response> answers = IntegrityIT.all(calls);

        Map<String, Integer> startedBy = new HashMap<>();
        for (Response bulk : answers.subList(0, 4)) {
            assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
            assertThat(bulk.<List<String>>json("$.notStarted[*].ref")).as(bulk.body()).isEmpty();
            List<String> started = bulk.json("$.started[*].ref");
            started.forEach(ref -> startedBy.merge(ref, 1, Integer::sum));
            List<String> reported = new ArrayList<>(started);
            reported.addAll(bulk.json("$.alreadyRunning[*].ref"));
            assertThat(reported).as("each measure once in " + bulk.body()).doesNotHaveDuplicates()
                    .containsAll(notStarted);
        }
        for (int i = 0; i < 4; i++) {
            int status = answers.get(4 + i).status();
            assertThat(status).as("single start of %s", singles.get(i)).isIn(200, 201, 409);
            if (status < 300) {
                startedBy.merge(singles.get(i), 1, Integer::sum);
            }
        }
        assertThat(startedBy.keySet()).as("started by the burst").containsAll(notStarted);
        assertThat(startedBy).as("who started what").allSatisfy((ref, count) -> assertThat(count).as(ref)
                .isEqualTo(1));
        Map<String, List<String>> running = runningByKey("utrecht");
        assertThat(running.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(runningByKey("vr-utrecht").values()).as("the region's lifecycles of what it leads, once each")
                .allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertKeysHeld("utrecht", running);
    }

    private static void record(Map<String, Integer> answers, String key, Supplier<Response> call) {
        try {
            answers.merge(key, call.get().status(), Math::min);
        } catch (RuntimeException killed) {
            // the node died with the request in flight: its outcome is unknown, and either is fine
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static long running(String tenant, String businessKey) throws SQLException {
        return runningByKey(tenant).getOrDefault(businessKey, List.of()).size();
    }

    private static Map<String, List<String>> runningByKey(String tenant) throws SQLException {
        Map<String, List<String>> running = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT E.BUSINESS_KEY_, E.ID_ FROM ACT_RU_EXECUTION E JOIN"
                     + " ACT_RE_PROCDEF D ON E.PROC_DEF_ID_ = D.ID_ WHERE E.PARENT_ID_ IS NULL AND D.KEY_ ="
                     + " 'weerbaar-maatregel' AND E.TENANT_ID_ = '" + tenant + "' ORDER BY E.BUSINESS_KEY_")) {
            while (rows.next()) {
                running.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return running;
    }

    private static List<String> openTasks(String businessKey) throws SQLException {
        List<String> tasks = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT T.TASK_DEF_KEY_ FROM ACT_RU_TASK T JOIN ACT_RU_EXECUTION E"
                     + " ON T.PROC_INST_ID_ = E.ID_ WHERE E.BUSINESS_KEY_ = '" + businessKey + "'")) {
            while (rows.next()) {
                tasks.add(rows.getString(1));
            }
        }
        return tasks;
    }

    private static Map<String, String> variables(String processInstanceId) throws SQLException {
        Map<String, String> variables = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT NAME_, TEXT_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = '"
                     + processInstanceId + "' AND TASK_ID_ IS NULL")) {
            while (rows.next()) {
                variables.put(rows.getString(1), rows.getString(2));
            }
        }
        return variables;
    }

    /**
     * The gemeente's keys in Weerbaar's table: one per running lifecycle of its own, and one per measure its region's
     * running lifecycle works for it (held by that lifecycle); none left over.
     */
    private static void assertKeysHeld(String gemeente, Map<String, List<String>> running) throws SQLException {
        Map<String, String> expected = new LinkedHashMap<>();
        running.forEach((key, ids) -> expected.put(key, ids.get(0)));
        Map<String, List<String>> regional = runningByKey("vr-utrecht");
        regional.forEach((key, ids) -> expected.put(gemeente + key.substring(key.indexOf(':')), ids.get(0)));
        assertThat(regional).as("the region's lifecycles of what it leads for its members").isNotEmpty();
        assertThat(new java.util.TreeMap<>(rows("weerbaar-maatregel", gemeente)))
                .as("one row per running lifecycle, one per measure the region's lifecycle works for it, none left"
                        + " over").isEqualTo(new java.util.TreeMap<>(expected));
    }

    private static Map<String, String> rows(String processKey, String tenant) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT BUSINESS_KEY_, PROC_INST_ID_ FROM WEERBAAR_RUNNING_KEY"
                     + " WHERE PROCESS_KEY_ = '" + processKey + "' AND TENANT_ID_ = '" + tenant
                     + "' ORDER BY BUSINESS_KEY_")) {
            while (result.next()) {
                assertThat(seen.add(result.getString(2))).as("one row per instance").isTrue();
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }
}
