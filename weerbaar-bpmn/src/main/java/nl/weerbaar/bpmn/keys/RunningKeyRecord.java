package nl.weerbaar.bpmn.keys;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, in the command's transaction, Weerbaar's table of running keys: one row per running instance of a process
 * that allows one per tenant and business key, keyed by process, tenant and business key. The engine plugin keeps
 * the table (it writes a row in the transaction that starts an instance, removes it in the one that ends it) and
 * registers this record as a session of every command; without the plugin there is no record, and nothing is known.
 */
public final class RunningKeyRecord implements Session {

    /** Stands for "no tenant" in the key, where a column of a primary key cannot be null. */
    public static final String NO_TENANT = "";

    private final String table;
    private final Set<String> processKeys;

    private RunningKeyRecord(String table, Set<String> processKeys) {
        this.table = table;
        this.processKeys = processKeys;
    }

    /**
     * The session factory the engine plugin registers.
     *
     * @param table       the table's name, with the engine's table prefix
     * @param processKeys the processes it keeps rows of
     */
    public static SessionFactory factory(String table, Set<String> processKeys) {
        Objects.requireNonNull(table, "table");
        Set<String> kept = Set.copyOf(processKeys);
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return RunningKeyRecord.class;
            }

            @Override
            public Session openSession() {
                return new RunningKeyRecord(table, kept);
            }
        };
    }

    /**
     * Whether an instance of the process may run under the business key in the tenant: {@code false} only where the
     * engine keeps the record for the process and it holds no row for the key — one read by primary key, which sees
     * this transaction's own starts and every committed one, where a process instance query would join the caller's
     * authorizations in; {@code true} where it holds one (ask the engine which instance, and whether the caller may
     * see it), or where nothing is kept for the process.
     *
     * @throws IllegalStateException outside a command
     * @throws NullPointerException  without a process key or a business key (the tenant may be none)
     */
    public static boolean mayRun(String processKey, String tenantId, String businessKey) {
        Objects.requireNonNull(processKey, "processKey");
        Objects.requireNonNull(businessKey, "businessKey");
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            throw new IllegalStateException("RunningKeyRecord.mayRun reads in the current command; there is none");
        }
        if (!context.getProcessEngineConfiguration().getSessionFactories().containsKey(RunningKeyRecord.class)) {
            return true;
        }
        RunningKeyRecord record = context.getSession(RunningKeyRecord.class);
        return !record.processKeys.contains(processKey)
                || record.holder(context, processKey, tenantId, businessKey).isPresent();
    }

    /** The instance whose row holds the key, read on the command's connection. */
    private Optional<String> holder(CommandContext context, String processKey, String tenantId, String businessKey) {
        try {
            return holder(context.getDbSqlSession().getSqlSession().getConnection(), table, processKey, tenantId,
                    businessKey);
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot read the running instance of " + processKey + " "
                    + businessKey + " from " + table + ": " + e.getMessage(), e);
        }
    }

    /** A row of the record: a key and the instance that holds it. */
    public record HeldKey(String tenantId, String businessKey, String processInstanceId) {
    }

    /**
     * Every key of the process the record holds, with the instance that holds it, read in the current command; empty
     * where nothing is kept for the process.
     *
     * @throws IllegalStateException outside a command
     */
    public static List<HeldKey> heldKeys(String processKey) {
        return heldKeys(processKey, null);
    }

    /** The keys of the process the instance holds, read in the current command; as {@link #heldKeys(String)}. */
    public static List<HeldKey> heldKeys(String processKey, String processInstanceId) {
        Objects.requireNonNull(processKey, "processKey");
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            throw new IllegalStateException("RunningKeyRecord.heldKeys reads in the current command; there is none");
        }
        if (!context.getProcessEngineConfiguration().getSessionFactories().containsKey(RunningKeyRecord.class)) {
            return List.of();
        }
        RunningKeyRecord record = context.getSession(RunningKeyRecord.class);
        if (!record.processKeys.contains(processKey)) {
            return List.of();
        }
        List<HeldKey> held = new ArrayList<>();
        try (PreparedStatement select = context.getDbSqlSession().getSqlSession().getConnection().prepareStatement(
                "SELECT TENANT_ID_, BUSINESS_KEY_, PROC_INST_ID_ FROM " + record.table + " WHERE PROCESS_KEY_ = ?"
                        + (processInstanceId == null ? "" : " AND PROC_INST_ID_ = ?"))) {
            select.setString(1, processKey);
            if (processInstanceId != null) {
                select.setString(2, processInstanceId);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String tenant = result.getString(1);
                    held.add(new HeldKey(NO_TENANT.equals(tenant) ? null : tenant, result.getString(2),
                            result.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot read the running keys of " + processKey + " from "
                    + record.table + ": " + e.getMessage(), e);
        }
        return held;
    }

    /** The instance whose row in the table holds the key, read on the connection. */
    public static Optional<String> holder(Connection connection, String table, String processKey, String tenantId,
                                          String businessKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT PROC_INST_ID_ FROM " + table
                + " WHERE PROCESS_KEY_ = ? AND TENANT_ID_ = ? AND BUSINESS_KEY_ = ?")) {
            select.setString(1, processKey);
            select.setString(2, tenantId == null ? NO_TENANT : tenantId);
            select.setString(3, businessKey);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public void flush() {
        // reads only
    }

    @Override
    public void close() {
        // the connection is the command's
    }
}
