package nl.weerbaar.bpmn.measure.internal;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

import java.util.Set;

/**
 * The engine's database history, but without the detail row of a variable's creation when the variable is one of
 * the process's values fixed at start and is created in the command that starts the instance: its historic variable
 * instance holds the same value. Such a variable created or changed later (by an administrator) gets its detail row.
 */
public final class FixedValueDetailsLeftOut extends DbHistoryEventHandler {

    private final String processDefinitionKey;
    private final Set<String> variables;

    public FixedValueDetailsLeftOut(String processDefinitionKey, Set<String> variables) {
        this.processDefinitionKey = processDefinitionKey;
        this.variables = Set.copyOf(variables);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return !leftOut(event) && super.shouldWriteHistoricDetail(event);
    }

    private boolean leftOut(HistoricVariableUpdateEventEntity event) {
        return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                && processDefinitionKey.equals(event.getProcessDefinitionKey())
                && variables.contains(event.getVariableName())
                && startedInThisCommand(event.getProcessInstanceId());
    }

    /** Whether the command that creates the variable also created the instance (not yet in the database). */
    private static boolean startedInThisCommand(String processInstanceId) {
        CommandContext command = Context.getCommandContext();
        if (command == null || processInstanceId == null) {
            return false;
        }
        DbEntityManager entities = command.getDbEntityManager();
        ExecutionEntity instance = entities.getCachedEntity(ExecutionEntity.class, processInstanceId);
        return instance != null && entities.getDbEntityCache().isTransient(instance);
    }
}
