package nl.weerbaar.example.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ActiveProfilesResolver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database of an integration-test run. By default embedded H2. With {@code -Dweerbaar.it.database=postgres}
 * (the failsafe execution {@code postgres}) the PostgreSQL server of the application's postgres profile, at
 * {@code WEERBAAR_DB_URL} with {@code WEERBAAR_DB_USER} and {@code WEERBAAR_DB_PASSWORD}: its schema is emptied once
 * before the run, so every run starts as a fresh installation. Without a reachable server the run is skipped with
 * a message — or fails, when {@code WEERBAAR_REQUIRE_POSTGRES=true}, as in CI.
 */
public final class TestDatabase implements ExecutionCondition {

    private static final AtomicReference<ConditionEvaluationResult> POSTGRES = new AtomicReference<>();

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("weerbaar.it.database"));
    }

    public static String name() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return prepare();
    }

    /** For tests outside JUnit Jupiter (jqwik): the run's database, prepared once; disabled without a server. */
    public static ConditionEvaluationResult prepare() {
        if (!postgres()) {
            return ConditionEvaluationResult.enabled("embedded H2");
        }
        return POSTGRES.updateAndGet(known -> known != null ? known : preparePostgres());
    }

    private static ConditionEvaluationResult preparePostgres() {
        String url = env("WEERBAAR_DB_URL", "jdbc:postgresql://localhost:5432/weerbaar_it");
        String user = env("WEERBAAR_DB_USER", "weerbaar");
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(url, user, env("WEERBAAR_DB_PASSWORD", "weerbaar"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url + ", schema emptied");
        } catch (SQLException e) {
            String message = "PostgreSQL run skipped: no PostgreSQL server answers at " + url + " as " + user + " ("
                    + e.getMessage() + "). .ci/run installs and starts one; locally, see README (PostgreSQL).";
            if (Boolean.parseBoolean(System.getenv("WEERBAAR_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(message.replace("run skipped", "required (WEERBAAR_REQUIRE_POSTGRES)"),
                        e);
            }
            System.out.println("[weerbaar] " + message);
            return ConditionEvaluationResult.disabled(message);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** {@code demo}, plus {@code postgres} in the PostgreSQL run. */
    public static final class Profiles implements ActiveProfilesResolver {

        @Override
        public String[] resolve(Class<?> testClass) {
            return postgres() ? new String[] {"demo", "postgres"} : new String[] {"demo"};
        }
    }
}
