package nl.weerbaar.example;

import nl.weerbaar.bpmn.engine.AuthorizedGroupsByIndex;
import nl.weerbaar.example.support.ExampleAppTest;
import nl.weerbaar.example.support.TestDatabase;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's question "which groups hold any authorization?", asked in every command that checks one: on
 * PostgreSQL answered by walking the group index ({@link AuthorizedGroupsByIndex}), with the same groups as the
 * engine's own full scan, also for names that sort close together; on H2 the engine's own statement.
 */
@ExampleAppTest
class AuthorizedGroupsByIndexIT {

    /** Group names around and between the demo's, in both cases and with the characters ids may have. */
    private static final List<String> GROUPS = List.of("0", "A-1", "a.2", "a-1", "weerbaar-aov-adviseur-", "weerbaar_z",
            "Z_9", "zz");

    @Autowired
    ProcessEngine engine;

    @Autowired
    DataSource dataSource;

    @Test
    void onPostgresqlTheGroupsAreReadByTheIndexWithTheEnginesOwnAnswer() throws Exception {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String statement = configuration.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsByIndex.ENGINE_STATEMENT);
        if (!TestDatabase.postgres()) {
            assertThat(statement).as("another database keeps the engine's statement")
                    .isEqualTo(AuthorizedGroupsByIndex.ENGINE_STATEMENT);
            return;
        }
        assertThat(statement).isEqualTo(AuthorizedGroupsByIndex.STATEMENT);
        AuthorizationService authorizations = engine.getAuthorizationService();
        List<String> created = new ArrayList<>();
        try {
            for (String group : GROUPS) {
                Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(Resources.FILTER);
                grant.setResourceId("weerbaar-test-" + created.size());
                grant.addPermission(Permissions.READ);
                created.add(authorizations.saveAuthorization(grant).getId());
            }
            String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
            Set<String> scanned = groups("SELECT distinct(A.GROUP_ID_) FROM " + table + " A");
            scanned.remove(null);
            Set<String> walked = groups(AuthorizedGroupsByIndex.sql(table));

            assertThat(walked).as("the walk finds what the scan finds").isEqualTo(scanned).containsAll(GROUPS)
                    .contains("weerbaar-aov-adviseur", "camunda-admin");
            List<String> asked = List.of("A-1", "a-1", "zz", "not-authorized", "weerbaar-aov-adviseur");
            List<String> narrowed = configuration.getCommandExecutorTxRequired().execute(context ->
                    context.getAuthorizationManager().filterAuthenticatedGroupIds(asked));
            assertThat(narrowed).as("the engine narrows a caller's groups with it")
                    .containsExactlyInAnyOrder("A-1", "a-1", "zz", "weerbaar-aov-adviseur");
        } finally {
            created.forEach(authorizations::deleteAuthorization);
        }
    }

    @Test
    void onPostgresqlTheWalkIsUsedOnlyWhereAnIndexLeadsWithTheGroup() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "PostgreSQL's catalog only");
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            assertThat(AuthorizedGroupsByIndex.groupIndexed(connection, null, "ACT_RU_AUTHORIZATION"))
                    .as("Camunda's schema: ACT_IDX_AUTH_GROUP_ID").isTrue();
            ddl.execute("CREATE TABLE WEERBAAR_IT_AUTHORIZATION (ID_ VARCHAR(64), TYPE_ INTEGER, GROUP_ID_ VARCHAR(255))");
            try {
                ddl.execute("CREATE INDEX WEERBAAR_IT_AUTH_TYPE_GROUP ON WEERBAAR_IT_AUTHORIZATION (TYPE_, GROUP_ID_)");
                assertThat(AuthorizedGroupsByIndex.groupIndexed(connection, null, "WEERBAAR_IT_AUTHORIZATION"))
                        .as("an index with the group second does not serve the walk").isFalse();
                ddl.execute("CREATE INDEX WEERBAAR_IT_AUTH_GROUP ON WEERBAAR_IT_AUTHORIZATION (GROUP_ID_)");
                assertThat(AuthorizedGroupsByIndex.groupIndexed(connection, null, "WEERBAAR_IT_AUTHORIZATION"))
                        .isTrue();
                assertThat(AuthorizedGroupsByIndex.groupIndexed(connection, "no_such_schema",
                        "WEERBAAR_IT_AUTHORIZATION")).as("another schema's table").isFalse();
            } finally {
                ddl.execute("DROP TABLE WEERBAAR_IT_AUTHORIZATION");
            }
        }
    }

    private Set<String> groups(String sql) throws SQLException {
        Set<String> groups = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                groups.add(rows.getString(1));
            }
        }
        return groups;
    }
}
