package nl.weerbaar.bpmn.engine.internal;

import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.keys.RunningKeyRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Weerbaar's own table {@value #TABLE}: one row per running instance of a process that allows one per tenant and
 * business key, its primary key that tenant and business key. The row is written in the transaction that starts
 * the instance, through the engine's own connection, and removed in the one that ends it; so two starts of the
 * same key — on one node or on several sharing the database — cannot both commit: the second waits for the
 * first and then finds the row. An instance that works for other tenants under their keys holds their rows too
 * (a region's lifecycle of a measure, one row per gemeente it serves), so that none of them starts its own.
 */
public final class RunningKeys {

    /** The table's name, after Camunda's table prefix. */
    public static final String TABLE = "WEERBAAR_RUNNING_KEY";

    /** The table, as created when it is missing (and Camunda may update the schema). */
    public static final String DDL = "CREATE TABLE " + TABLE + " (PROCESS_KEY_ VARCHAR(255) NOT NULL,"
            + " TENANT_ID_ VARCHAR(64) NOT NULL, BUSINESS_KEY_ VARCHAR(255) NOT NULL, PROC_INST_ID_ VARCHAR(64) NOT NULL,"
            + " CREATED_ TIMESTAMP, PRIMARY KEY (PROCESS_KEY_, TENANT_ID_, BUSINESS_KEY_))";
    private static final String INDEX = "CREATE INDEX WEERBAAR_IDX_RUNNING_PI ON " + TABLE + " (PROC_INST_ID_)";

    /** Stands for "no tenant" in the key, where a column of a primary key cannot be null. */
    private static final String NO_TENANT = RunningKeyRecord.NO_TENANT;

    private static final System.Logger LOG = System.getLogger(RunningKeys.class.getName());

    /** Camunda's name of the PostgreSQL database type. */
    private static final String POSTGRES = "postgres";

    private final String table;

    public RunningKeys(String tablePrefix) {
        this.table = (tablePrefix == null ? "" : tablePrefix) + TABLE;
    }

    /** Creates the table when it is missing, or — when Camunda may not change the schema — stops with the DDL. */
    public void prepare(ProcessEngineConfigurationImpl configuration) {
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (exists(connection)) {
                return;
            }
            if (ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_FALSE.equals(configuration.getDatabaseSchemaUpdate())) {
                throw new ProcessEngineException("Weerbaar needs its table " + table + " and the engine may not create"
                        + " tables (databaseSchemaUpdate=false). Create it: " + ddl() + "; " + index());
            }
            try (Statement create = connection.createStatement()) {
                create.execute(ddl());
                create.execute(index());
            } catch (SQLException e) {
                if (!exists(connection)) { // else another node created it at the same moment
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot create Weerbaar's table " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives every running instance of the processes a row when it has none — instances started before this table
     * existed — and removes rows of instances that no longer run. Two running instances of one key, left from before,
     * are logged: the first keeps the row, the other should be ended.
     */
    public void reconcile(ProcessEngine engine, Set<String> processKeys) {
        if (processKeys.isEmpty()) {
            return;
        }
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            // Rows first, then instances: a row committed in between belongs to an instance the query then sees.
            Map<String, Set<String>> rows = new HashMap<>();
            try (Statement select = connection.createStatement();
                 ResultSet result = select.executeQuery("SELECT PROC_INST_ID_, PROCESS_KEY_, TENANT_ID_, BUSINESS_KEY_"
                         + " FROM " + table)) {
                while (result.next()) {
                    rows.computeIfAbsent(result.getString(1), id -> new HashSet<>()).add(
                            result.getString(2) + "|" + result.getString(3) + "|" + result.getString(4));
                }
            }
            Set<String> runningIds = new HashSet<>();
            // Per key: a definition id is not always "<key>:<version>:<id>" (Camunda falls back to the bare id when
            // that would be longer than 64 characters), so the key comes from the query, not from the id.
            for (String key : processKeys) {
                for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
                        .processDefinitionKey(key).list()) {
                    runningIds.add(instance.getId());
                    if (instance.getBusinessKey() == null || rows.getOrDefault(instance.getId(), Set.of()).contains(
                            key + "|" + (instance.getTenantId() == null ? NO_TENANT : instance.getTenantId()) + "|"
                                    + instance.getBusinessKey())) {
                        continue;
                    }
                    try (PreparedStatement insert = insert(connection, key, instance.getTenantId(),
                            instance.getBusinessKey(), instance.getId(), "")) {
                        insert.executeUpdate();
                    } catch (SQLException e) {
                        if (!duplicate(e)) {
                            throw e;
                        }
                        warnUnlessItsOwn(connection, key, instance);
                    }
                }
            }
            for (String id : rows.keySet()) {
                if (!runningIds.contains(id)) {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                            + " WHERE PROC_INST_ID_ = ?")) {
                        delete.setString(1, id);
                        delete.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot reconcile Weerbaar's table " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * A duplicate while reconciling: two instances of one key from before the table, unless the row that is there
     * is this instance's own (another node started it and wrote its row after this one read the rows).
     */
    private void warnUnlessItsOwn(Connection connection, String key, ProcessInstance instance) throws SQLException {
        if (instance.getId().equals(holder(connection, key, instance.getTenantId(), instance.getBusinessKey()))) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "Two running instances of {0} with business key {1} in tenant {2}: {3}"
                + " and another; only one may run. End or delete {3}.", key, instance.getBusinessKey(),
                instance.getTenantId(), instance.getId());
    }

    /**
     * Records, in the command's transaction, that the instance runs under the key — its own, or another tenant's key
     * it works for (a region's lifecycle holds the key of each gemeente it serves). Nothing changes when the instance
     * holds the key already.
     *
     * @throws AlreadyRunningException when another instance runs (or is being started) under it
     */
    public void claim(CommandContext context, String processKey, String tenantId, String businessKey,
                      String instanceId) {
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        boolean postgres = POSTGRES.equals(context.getProcessEngineConfiguration().getDatabaseType());
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                if (postgres ? insertIfAbsent(connection, processKey, tenantId, businessKey, instanceId)
                        : insertInSavepoint(connection, processKey, tenantId, businessKey, instanceId)) {
                    return;
                }
                String holder = holder(connection, processKey, tenantId, businessKey);
                if (holder == null) {
                    continue; // its instance ended in the meantime
                }
                if (holder.equals(instanceId)) {
                    return;
                }
                if (context.getExecutionManager().findExecutionById(holder) != null) {
                    throw new AlreadyRunningException(processKey, tenantId, businessKey, holder);
                }
                // A row of an instance that no longer runs (ended outside the engine): it holds nothing.
                LOG.log(System.Logger.Level.WARNING, "Removing the stale row of {0} {1} in tenant {2} (instance {3}"
                        + " no longer runs)", processKey, businessKey, tenantId, holder);
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE PROC_INST_ID_ = ?")) {
                    delete.setString(1, holder);
                    delete.executeUpdate();
                }
            }
            throw new AlreadyRunningException(processKey, tenantId, businessKey, null);
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot record the running instance of " + processKey + " "
                    + businessKey + " in " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * PostgreSQL: one statement that inserts the row or, where the key is taken, nothing ({@code ON CONFLICT DO
     * NOTHING} waits for a start of the same key under way, as a plain insert does); no savepoint, since no error
     * breaks the transaction. {@code false} when the key is taken.
     *
     * @throws AlreadyRunningException when the wait for the other start's row timed out (the transaction is then
     *                                 broken, and the command rolls back)
     */
    private boolean insertIfAbsent(Connection connection, String processKey, String tenantId, String businessKey,
                                   String instanceId) throws SQLException {
        try (PreparedStatement insert = insert(connection, processKey, tenantId, businessKey, instanceId,
                " ON CONFLICT DO NOTHING")) {
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (lockTimeout(e)) {
                throw new AlreadyRunningException(processKey, tenantId, businessKey, null);
            }
            throw e;
        }
    }

    /**
     * Any other database: the insert in a savepoint, rolled back to it on a duplicate key, so that the transaction
     * goes on. {@code false} when the key is taken.
     *
     * @throws AlreadyRunningException when the wait for the other start's row timed out
     */
    private boolean insertInSavepoint(Connection connection, String processKey, String tenantId, String businessKey,
                                      String instanceId) throws SQLException {
        return inSavepoint(connection, processKey, tenantId, businessKey, () -> {
            try (PreparedStatement insert = insert(connection, processKey, tenantId, businessKey, instanceId, "")) {
                insert.executeUpdate();
            }
        });
    }

    /**
     * Runs the statement in a savepoint, rolled back to it on a duplicate key so that the transaction goes on.
     * {@code false} on a duplicate key.
     *
     * @throws AlreadyRunningException when the wait for another start's row timed out
     */
    private static boolean inSavepoint(Connection connection, String processKey, String tenantId, String businessKey,
                                       SqlStatement statement) throws SQLException {
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try {
            statement.run();
            release(connection, savepoint);
            return true;
        } catch (SQLException e) {
            rollback(connection, savepoint);
            if (lockTimeout(e)) {
                throw new AlreadyRunningException(processKey, tenantId, businessKey, null);
            }
            if (!duplicate(e)) {
                throw e;
            }
            return false;
        }
    }

    /** A statement that may fail with an {@link SQLException}. */
    @FunctionalInterface
    private interface SqlStatement {
        void run() throws SQLException;
    }

    /** The table's name, with the engine's table prefix. */
    public String table() {
        return table;
    }

    /** Whether the engine runs Weerbaar's integrity checks, and so has the table. */
    public static boolean enabled(CommandContext context) {
        return context.getProcessEngineConfiguration().getSessionFactories().containsKey(IntegritySession.class);
    }

    /**
     * Moves, in the command's transaction, the instance's row to another business key, if it has a row.
     *
     * @throws AlreadyRunningException when another instance runs (or is being started) under that key
     */
    public void move(CommandContext context, String processKey, String tenantId, String businessKey,
                     String instanceId) {
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try {
            boolean moved = inSavepoint(connection, processKey, tenantId, businessKey, () -> {
                // Its own row only, not the keys of other tenants it may hold.
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                        + " SET BUSINESS_KEY_ = ? WHERE PROC_INST_ID_ = ? AND PROCESS_KEY_ = ? AND TENANT_ID_ = ?")) {
                    update.setString(1, businessKey);
                    update.setString(2, instanceId);
                    update.setString(3, processKey);
                    update.setString(4, tenantId == null ? NO_TENANT : tenantId);
                    update.executeUpdate();
                }
            });
            if (!moved) {
                throw new AlreadyRunningException(processKey, tenantId, businessKey,
                        holder(connection, processKey, tenantId, businessKey));
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot move the running instance " + instanceId + " of " + processKey
                    + " to " + businessKey + " in " + table + ": " + e.getMessage(), e);
        }
    }

    /** Removes, in the command's transaction, the instance's row of the key, if it holds that key. */
    public void release(CommandContext context, String processKey, String tenantId, String businessKey,
                        String instanceId) {
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                + " WHERE PROCESS_KEY_ = ? AND TENANT_ID_ = ? AND BUSINESS_KEY_ = ? AND PROC_INST_ID_ = ?")) {
            delete.setString(1, processKey);
            delete.setString(2, tenantId == null ? NO_TENANT : tenantId);
            delete.setString(3, businessKey);
            delete.setString(4, instanceId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot remove the key " + businessKey + " of " + processKey
                    + " held by " + instanceId + " from " + table + ": " + e.getMessage(), e);
        }
    }

    /** Removes, in the command's transaction, every row of the instance: its own key and those it worked for. */
    void release(CommandContext context, String instanceId) {
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                + " WHERE PROC_INST_ID_ = ?")) {
            delete.setString(1, instanceId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot remove the running instance " + instanceId + " from " + table
                    + ": " + e.getMessage(), e);
        }
    }

    private PreparedStatement insert(Connection connection, String processKey, String tenantId, String businessKey,
                                     String instanceId, String onConflict) throws SQLException {
        PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (PROCESS_KEY_, TENANT_ID_, BUSINESS_KEY_, PROC_INST_ID_, CREATED_) VALUES (?, ?, ?, ?, ?)"
                + onConflict);
        insert.setString(1, processKey);
        insert.setString(2, tenantId == null ? NO_TENANT : tenantId);
        insert.setString(3, businessKey);
        insert.setString(4, instanceId);
        insert.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
        return insert;
    }

    private String holder(Connection connection, String processKey, String tenantId, String businessKey)
            throws SQLException {
        return RunningKeyRecord.holder(connection, table, processKey, tenantId, businessKey).orElse(null);
    }

    private boolean exists(Connection connection) {
        try (Statement probe = connection.createStatement()) {
            probe.executeQuery("SELECT PROC_INST_ID_ FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException missing) {
            return false;
        }
    }

    private String ddl() {
        return DDL.replace("TABLE " + TABLE, "TABLE " + table);
    }

    private String index() {
        return INDEX.replace("ON " + TABLE, "ON " + table);
    }

    /** A unique or primary key violation: SQL state class 23 (integrity constraint) in PostgreSQL, H2 and others. */
    private static boolean duplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** H2's lock timeout (the other start holds the row longer than H2 waits) or PostgreSQL's lock_not_available. */
    private static boolean lockTimeout(SQLException e) {
        return e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState()) || "55P03".equals(e.getSQLState());
    }

    private static void release(Connection connection, Savepoint savepoint) {
        if (savepoint != null) {
            try {
                connection.releaseSavepoint(savepoint);
            } catch (SQLException ignored) {
                // not every driver releases savepoints; it goes with the transaction
            }
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) throws SQLException {
        if (savepoint != null) {
            connection.rollback(savepoint);
        }
    }
}
