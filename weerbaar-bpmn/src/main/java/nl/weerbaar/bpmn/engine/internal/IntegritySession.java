package nl.weerbaar.bpmn.engine.internal;

import nl.weerbaar.bpmn.engine.DirectChangeRefusedException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The integrity state of one command context: the outermost command and what kind of change it may make, and the
 * instances whose start was checked. When the command is done — before anything is written to the database — it
 * refuses variable changes of guarded processes that went around their forms: made by a user who is not an
 * administrator, in a command that is neither a checked form submission, a checked start, nor one that carries
 * no variables of the caller's (a job, a claim, a deletion, a message without payload).
 */
final class IntegritySession implements Session, CommandContextListener {

    /** How the outermost command may change variables of guarded processes. */
    enum Kind {
        /** Not yet known, or a command that may change no variable of a guarded process for such a user. */
        OTHER,
        /** A task completion or form submission whose variables have been checked against the task's form. */
        SUBMISSION,
        /**
         * A command that carries no variables of the caller's; what it changes, the processes' models (or Weerbaar's
         * own code, {@link nl.weerbaar.bpmn.tenant.CrossTenant}) change.
         */
        FLOW
    }

    private final IntegrityRules rules;
    private final Set<String> checkedStarts = new HashSet<>();
    private Command<?> outer;
    private Kind kind = Kind.OTHER;

    private IntegritySession(IntegrityRules rules) {
        this.rules = rules;
    }

    /** Records the command; {@code true} when it is the outermost of this context. */
    boolean enter(Command<?> command) {
        if (outer != null) {
            return false;
        }
        outer = command;
        return true;
    }

    void kind(Kind kind) {
        this.kind = kind;
    }

    /** How the outermost command may change variables; {@link Kind#OTHER} until it is known. */
    Kind kind() {
        return kind;
    }

    /** The instance's start was checked against its process's start rule: what it starts with is accepted. */
    void startChecked(String processInstanceId) {
        checkedStarts.add(processInstanceId);
    }

    @Override
    public void onCommandContextClose(CommandContext commandContext) {
        if (kind != Kind.OTHER || Callers.trusted(commandContext)) {
            return;
        }
        Map<String, Set<String>> changed = directChanges(commandContext);
        if (!changed.isEmpty()) {
            throw new DirectChangeRefusedException("Weerbaar-gegevens veranderen alleen via het formulier van een"
                    + " taak of de start van een proces; rechtstreeks wijzigen mag alleen een beheerder. Geweigerd"
                    + " voor " + Callers.user(commandContext) + ": " + changed.entrySet().stream()
                    .map(e -> "variabele " + String.join(", ", e.getValue()) + " van procesinstantie " + e.getKey())
                    .collect(Collectors.joining("; ")) + ".");
        }
    }

    /** Variables of guarded process instances this command creates, changes or removes, by process instance. */
    private Map<String, Set<String>> directChanges(CommandContext commandContext) {
        Set<String> endedScopes = new HashSet<>();
        for (CachedDbEntity cached : commandContext.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
            if (deleted(cached.getEntityState())
                    && (cached.getEntity() instanceof ExecutionEntity || cached.getEntity() instanceof TaskEntity)) {
                endedScopes.add(cached.getEntity().getId());
            }
        }
        Map<String, Set<String>> changed = new LinkedHashMap<>();
        for (CachedDbEntity cached : commandContext.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
            if (!(cached.getEntity() instanceof VariableInstanceEntity variable) || variable.isTransient()) {
                continue;
            }
            Owner owner = switch (cached.getEntityState()) {
                case TRANSIENT, MERGED -> Owner.of(variable);
                case PERSISTENT -> cached.isDirty() ? Owner.of(variable) : null;
                case DELETED_PERSISTENT, DELETED_MERGED -> Owner.ofRemoved(commandContext, variable);
                case DELETED_TRANSIENT -> null;
            };
            if (owner == null || owner.processInstanceId() == null || checkedStarts.contains(owner.processInstanceId())
                    || endedScopes.contains(owner.executionId())
                    || (owner.taskId() != null && endedScopes.contains(owner.taskId()))) {
                continue; // unchanged, not of a process, just started, or gone with the scope it belonged to
            }
            if (rules.guardsDefinition(definitionOf(commandContext, owner))) {
                changed.computeIfAbsent(owner.processInstanceId(), id -> new TreeSet<>()).add(variable.getName());
            }
        }
        return changed;
    }

    /** Where a variable belongs: its process instance, execution and task. */
    private record Owner(String processInstanceId, String processDefinitionId, String executionId, String taskId) {

        static Owner of(VariableInstanceEntity variable) {
            return new Owner(variable.getProcessInstanceId(), variable.getProcessDefinitionId(),
                    variable.getExecutionId(), variable.getTaskId());
        }

        /** A removed variable has let go of its scope; its row, not yet deleted, still knows it. */
        static Owner ofRemoved(CommandContext commandContext, VariableInstanceEntity variable) {
            if (variable.getProcessInstanceId() != null) {
                return of(variable);
            }
            String table = commandContext.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_VARIABLE";
            Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement select = connection.prepareStatement("SELECT PROC_INST_ID_, EXECUTION_ID_, TASK_ID_"
                    + " FROM " + table + " WHERE ID_ = ?")) {
                select.setString(1, variable.getId());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? new Owner(row.getString(1), null, row.getString(2), row.getString(3)) : null;
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("cannot tell which process variable " + variable.getId()
                        + " belonged to: " + e.getMessage(), e);
            }
        }
    }

    private static boolean deleted(DbEntityState state) {
        return state == DbEntityState.DELETED_PERSISTENT || state == DbEntityState.DELETED_MERGED
                || state == DbEntityState.DELETED_TRANSIENT;
    }

    private static String definitionOf(CommandContext commandContext, Owner owner) {
        if (owner.processDefinitionId() != null) {
            return owner.processDefinitionId();
        }
        ExecutionEntity instance = commandContext.getExecutionManager().findExecutionById(owner.processInstanceId());
        return instance == null ? null : instance.getProcessDefinitionId();
    }

    @Override
    public void onCommandFailed(CommandContext commandContext, Throwable t) {
        // nothing is written; nothing to check
    }

    @Override
    public void flush() {
        // the checks run when the command context closes, before any session flushes
    }

    @Override
    public void close() {
        // holds no resources
    }

    /** Opens one session per command context and has it told when the context closes. */
    static final class Factory implements SessionFactory {

        private final IntegrityRules rules;

        Factory(IntegrityRules rules) {
            this.rules = rules;
        }

        @Override
        public Class<?> getSessionType() {
            return IntegritySession.class;
        }

        @Override
        public Session openSession() {
            CommandContext context = Context.getCommandContext();
            IntegritySession session = new IntegritySession(rules);
            context.registerCommandContextListener(session);
            return session;
        }
    }
}
