package nl.weerbaar.bpmn.engine;

import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * On PostgreSQL, reads the groups that hold any authorization by walking the index on
 * {@code ACT_RU_AUTHORIZATION.GROUP_ID_} — one probe per group — instead of Camunda's {@code SELECT
 * distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A}, which reads every authorization row. The engine runs that query
 * once in every command that checks an authorization (to narrow the caller's groups to those that can matter), and
 * the table holds a row per candidate group of every open task of every tenant, so its cost grows with every task
 * (on PostgreSQL 15, 29,430 rows: 3.3–5.5 ms for the scan, 0.2–0.6 ms for the walk, the same 33 groups;
 * docs/performance.md). Same answer: the groups, without the {@code null} of user
 * authorizations, which the engine drops anyway.
 *
 * <p>Changes nothing on another database, nor when the engine's statement is not the one this replaces (another
 * Camunda or Operaton version), nor where the table has no index that leads with {@code GROUP_ID_}: then it logs why
 * and leaves the engine's own.
 */
public class AuthorizedGroupsByIndex extends AbstractProcessEnginePlugin {

    /** The engine's statement this replaces. */
    public static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
    /** The statement that replaces it. */
    public static final String STATEMENT = "weerbaarSelectAuthorizedGroupIdsByIndex";

    private static final System.Logger LOG = System.getLogger(AuthorizedGroupsByIndex.class.getName());

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        if (!"postgres".equals(engine.getDatabaseType())) {
            return;
        }
        String table = engine.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        if (!mybatis.hasStatement(ENGINE_STATEMENT, false)) {
            LOG.log(System.Logger.Level.INFO, "The engine has no statement {0}; its authorized groups are read as"
                    + " it reads them.", ENGINE_STATEMENT);
            return;
        }
        String expected = normalized("SELECT distinct(A.GROUP_ID_) FROM " + table + " A");
        String found = normalized(mybatis.getMappedStatement(ENGINE_STATEMENT, false).getBoundSql(null).getSql());
        if (!found.equals(expected)) {
            LOG.log(System.Logger.Level.INFO, "The engine reads its authorized groups with {0}, not the statement"
                    + " Weerbaar replaces; it keeps its own.", found);
            return;
        }
        DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
        if (!ENGINE_STATEMENT.equals(sessions.mapStatement(ENGINE_STATEMENT))) {
            LOG.log(System.Logger.Level.INFO, "The engine reads its authorized groups with {0} already; it keeps"
                    + " that.", sessions.mapStatement(ENGINE_STATEMENT));
            return;
        }
        synchronized (mybatis) {
            if (!mybatis.hasStatement(STATEMENT, false)) {
                mybatis.addMappedStatement(statement(mybatis, table));
            }
        }
        Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
                : new HashMap<>(sessions.getStatementMappings());
        mappings.put(ENGINE_STATEMENT, STATEMENT);
        sessions.setStatementMappings(mappings);
    }

    /**
     * Gives the engine its own statement back where no index of the table leads with {@code GROUP_ID_} (Camunda's
     * schema has one, {@code ACT_IDX_AUTH_GROUP_ID}): without it each probe of the walk would read the table.
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration();
        DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
        if (!STATEMENT.equals(sessions.mapStatement(ENGINE_STATEMENT))) {
            return;
        }
        String prefix = engine.getDatabaseTablePrefix();
        String schema = prefix.contains(".") ? prefix.substring(0, prefix.lastIndexOf('.')) : null;
        try (Connection connection = engine.getDataSource().getConnection()) {
            if (groupIndexed(connection, schema, prefix.substring(prefix.lastIndexOf('.') + 1)
                    + "ACT_RU_AUTHORIZATION")) {
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "No index of ACT_RU_AUTHORIZATION leads with GROUP_ID_ (Camunda's"
                    + " ACT_IDX_AUTH_GROUP_ID); the engine reads its authorized groups as it reads them.");
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not look for the index of the authorizations'' groups ({0});"
                    + " the engine reads its authorized groups as it reads them.", e.getMessage());
        }
        Map<String, String> mappings = new HashMap<>(sessions.getStatementMappings());
        mappings.remove(ENGINE_STATEMENT);
        sessions.setStatementMappings(mappings);
    }

    /** Whether an index of the table (in the schema, or the search path's) has {@code GROUP_ID_} as first column. */
    public static boolean groupIndexed(Connection connection, String schema, String table) throws SQLException {
        String sql = "SELECT 1 FROM pg_index I JOIN pg_class T ON T.oid = I.indrelid"
                + " JOIN pg_namespace N ON N.oid = T.relnamespace"
                + " JOIN pg_attribute A ON A.attrelid = T.oid AND A.attnum = I.indkey[0]"
                + " WHERE lower(T.relname) = lower(?) AND lower(A.attname) = 'group_id_'"
                + (schema == null ? " AND pg_table_is_visible(T.oid)" : " AND lower(N.nspname) = lower(?)");
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table);
            if (schema != null) {
                query.setString(2, schema);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * The statement for the table it reads (with the engine's prefix). The walk: the first group in index order, then
     * again and again the first one after the last, until there is none (PostgreSQL has no skip scan of its own
     * before version 18).
     */
    public static String sql(String table) {
        return "WITH RECURSIVE G (GROUP_ID_) AS ("
                + "(SELECT A.GROUP_ID_ FROM " + table + " A WHERE A.GROUP_ID_ IS NOT NULL ORDER BY A.GROUP_ID_ LIMIT 1)"
                + " UNION ALL SELECT (SELECT A.GROUP_ID_ FROM " + table + " A WHERE A.GROUP_ID_ > G.GROUP_ID_"
                + " ORDER BY A.GROUP_ID_ LIMIT 1) FROM G WHERE G.GROUP_ID_ IS NOT NULL)"
                + " SELECT G.GROUP_ID_ FROM G WHERE G.GROUP_ID_ IS NOT NULL";
    }

    private static MappedStatement statement(Configuration mybatis, String table) {
        List<ResultMapping> none = new ArrayList<>();
        ResultMap strings = new ResultMap.Builder(mybatis, STATEMENT + "-Inline", String.class, none).build();
        return new MappedStatement.Builder(mybatis, STATEMENT, new StaticSqlSource(mybatis, sql(table)),
                SqlCommandType.SELECT).resultMaps(List.of(strings)).build();
    }

    private static String normalized(String sql) {
        return sql.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
