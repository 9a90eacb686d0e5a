package nl.weerbaar.engineswitch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A gemeente moves its installation from Camunda 7.24 to Operaton 1.0.3 (docs/engines.md): the Camunda build of the
 * example application runs on a PostgreSQL database with work under way — measures in intake, a noodsteunpunt being
 * set up — and is stopped; the Operaton build starts on the same database, unchanged, and the same users finish that
 * work there. Nothing is converted and nothing is deployed again: both builds deploy the same models and forms.
 */
class EngineSwitchIT {

    static final String CAMUNDA = "weerbaar-example-app";
    static final String OPERATON = "weerbaar-example-app-operaton";
    static final String UTRECHT_AOV = "utrecht.aov";
    static final String INTAKE = "Intake: eigenaar en termijn vastleggen";
    static final String FACILITIES = "Voorzieningen regelen";
    static final String NOODSTEUNPUNT = "utrecht:noodsteunpunt:Noodsteunpunt Overvecht";

    private static String databaseUrl;

    @BeforeAll
    static void emptyTheDatabase() {
        databaseUrl = env("WEERBAAR_DB_URL", "jdbc:postgresql://localhost:5432/weerbaar_switch");
        String user = env("WEERBAAR_DB_USER", "weerbaar");
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(databaseUrl, user,
                env("WEERBAAR_DB_PASSWORD", "weerbaar")); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            String message = "no PostgreSQL server answers at " + databaseUrl + " as " + user + " (" + e.getMessage()
                    + "); .ci/run starts one";
            if (Boolean.parseBoolean(System.getenv("WEERBAAR_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("The engine switch test needs PostgreSQL: " + message, e);
            }
            System.out.println("[weerbaar] Engine switch test skipped: " + message);
            assumeTrue(false, message);
        }
    }

    @Test
    void workBegunOnCamundaIsFinishedOnOperatonOnTheSameDatabase() throws Exception {
        Before before;
        try (ApplicationJar camunda = ApplicationJar.start(CAMUNDA, databaseUrl)) {
            assertThat(camunda.get("/engine-rest/version", UTRECHT_AOV).get("version").asText()).startsWith("7.24.");
            assertThat(camunda.post("/api/weerbaar/v1/catalog/measures/1.2/lifecycles", UTRECHT_AOV, null).status()).isEqualTo(201);
            before = new Before(camunda);
            assertThat(before.intake11.values()).containsExactly(INTAKE);
            assertThat(before.intake12.values()).containsExactly(INTAKE);
            assertThat(before.facilities.values()).containsExactly(FACILITIES);
        }

        try (ApplicationJar operaton = ApplicationJar.start(OPERATON, databaseUrl)) {
            assertThat(operaton.get("/engine-rest/version", UTRECHT_AOV).get("version").asText()).startsWith("1.0.");
            assertThat(operaton.log()).as("Operaton takes the 7.24 schema over as it is").doesNotContain(" ERROR ");

            // Camunda's administrators are Operaton's (group operaton-admin), so Operaton offers no set-up of a
            // first administrator to whoever comes along, and the administrator still sees every gemeente's work.
            assertThat(operaton.log()).contains("The administrators [demo] of group camunda-admin");
            assertThat(operaton.status("/operaton/app/tasklist/default/")).isEqualTo(200);
            ApplicationJar.Answer setup = operaton.postAsBrowser("/operaton/app/admin/default/",
                    "/operaton/api/admin/setup/default/user/create", "{\"profile\": {\"id\": \"indringer\","
                            + " \"firstName\": \"I\", \"lastName\": \"N\", \"email\": \"i@example.org\"},"
                            + " \"credentials\": {\"password\": \"indringer1!\"}}");
            assertThat(setup.status()).isEqualTo(403);
            assertThat(setup.body()).contains("Setup action not available");
            assertThat(operaton.get("/engine-rest/user?id=indringer", "demo")).isEmpty();
            assertThat(operaton.get("/engine-rest/user?memberOfGroup=operaton-admin", "demo").findValuesAsText("id"))
                    .containsExactly("demo");

            // The same deployments, definitions and instances: the start deployed nothing, the demo loader added
            // nothing, and the work waits where Camunda left it, for the same users.
            assertThat(operaton.get("/engine-rest/deployment/count", "demo")).isEqualTo(before.deployments);
            assertThat(definitions(operaton)).isEqualTo(before.definitions);
            assertThat(operaton.get("/engine-rest/process-instance/count", "demo")).isEqualTo(before.instances);
            assertThat(operaton.tasks(UTRECHT_AOV, "utrecht:1.1")).isEqualTo(before.intake11);
            assertThat(operaton.tasks(UTRECHT_AOV, "utrecht:1.2")).isEqualTo(before.intake12);
            assertThat(operaton.tasks(UTRECHT_AOV, NOODSTEUNPUNT)).isEqualTo(before.facilities);
            assertThat(stage(operaton, "1.2")).containsExactly("IN_PROGRESS", "INTAKE");

            // The forms are still enforced on the tasks Camunda created.
            String facilities = before.facilities.keySet().iterator().next();
            ApplicationJar.Answer refused = operaton.post("/engine-rest/task/" + facilities + "/submit-form",
                    UTRECHT_AOV, "{\"variables\": {\"informationBoard\": {\"value\": true}}}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("type").asText()).isEqualTo("FormValidationException");

            for (String intake : List.of(only(before.intake11), only(before.intake12))) {
                assertThat(operaton.post("/engine-rest/task/" + intake + "/submit-form", UTRECHT_AOV,
                        "{\"variables\": {\"applicability\": {\"value\": \"VAN_TOEPASSING\"},"
                                + " \"owner\": {\"value\": \"utrecht.aov\"},"
                                + " \"dueDate\": {\"value\": \"2099-01-01\"}}}").status()).isEqualTo(204);
            }
            assertThat(operaton.post("/engine-rest/task/" + facilities + "/submit-form", UTRECHT_AOV,
                    "{\"variables\": {\"informationBoard\": {\"value\": true},"
                            + " \"analogueCommunication\": {\"value\": true}, \"emergencyPower\": {\"value\": true},"
                            + " \"drinkingWater\": {\"value\": false}, \"firstAid\": {\"value\": false}}}").status())
                    .isEqualTo(204);

            assertThat(operaton.tasks(UTRECHT_AOV, "utrecht:1.1").values()).containsExactly("Plan van aanpak opstellen");
            assertThat(operaton.tasks(UTRECHT_AOV, "utrecht:1.2").values()).containsExactly("Plan van aanpak opstellen");
            assertThat(stage(operaton, "1.2")).containsExactly("IN_PROGRESS", "IN_UITVOERING");
            assertThat(operaton.tasks(UTRECHT_AOV, NOODSTEUNPUNT).values())
                    .containsExactly("Sleutelfiguren en vrijwilligers koppelen");

            List<String> tenants = new ArrayList<>();
            operaton.get("/engine-rest/task?maxResults=1000", "demo").forEach(task ->
                    tenants.add(task.get("tenantId").asText()));
            assertThat(tenants).contains("utrecht", "amersfoort", "vr-utrecht");
        }
        assertThat(schemaLog()).as("the schema Camunda created, not converted").containsExactly("7.24.0");
    }

    /** The versions in the engine's schema log: one entry per creation or update of the schema. */
    private static List<String> schemaLog() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, env("WEERBAAR_DB_USER", "weerbaar"),
                env("WEERBAAR_DB_PASSWORD", "weerbaar"));
             Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG ORDER BY ID_")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** What the Camunda installation held when it was stopped. */
    private static final class Before {

        final JsonNode deployments;
        final List<String> definitions;
        final JsonNode instances;
        final Map<String, String> intake11;
        final Map<String, String> intake12;
        final Map<String, String> facilities;

        Before(ApplicationJar camunda) {
            deployments = camunda.get("/engine-rest/deployment/count", "demo");
            definitions = definitions(camunda);
            instances = camunda.get("/engine-rest/process-instance/count", "demo");
            intake11 = camunda.tasks(UTRECHT_AOV, "utrecht:1.1");
            intake12 = camunda.tasks(UTRECHT_AOV, "utrecht:1.2");
            facilities = camunda.tasks(UTRECHT_AOV, NOODSTEUNPUNT);
        }
    }

    /** Every process definition: id, key, version, tenant. */
    private static List<String> definitions(ApplicationJar app) {
        List<String> definitions = new ArrayList<>();
        app.get("/engine-rest/process-definition?sortBy=id&sortOrder=asc&maxResults=1000", "demo").forEach(
                definition -> definitions.add(definition.get("id").asText() + " " + definition.get("key").asText()
                        + " v" + definition.get("version").asInt() + " " + definition.get("tenantId").asText()));
        assertThat(definitions).isNotEmpty();
        return definitions;
    }

    /** A measure's progress status and lifecycle status in the Weerbaar API, as Utrecht's AOV-adviseur sees it. */
    private static List<String> stage(ApplicationJar app, String ref) {
        for (JsonNode measure : app.get("/api/weerbaar/v1/progress", UTRECHT_AOV).get("measures")) {
            if (ref.equals(measure.get("ref").asText())) {
                return List.of(measure.get("status").asText(), measure.get("lifecycleStatus").asText());
            }
        }
        throw new AssertionError("measure " + ref + " is not in Utrecht's progress");
    }

    private static String only(Map<String, String> tasks) {
        assertThat(tasks).hasSize(1);
        return tasks.keySet().iterator().next();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
