package nl.weerbaar.bpmn.measure.internal;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

import java.util.Set;

/**
 * The engine's database history, but without the detail row of a variable's creation when the variable is one of
 * the process's values fixed at start: its historic variable instance holds the same value. A later change of such a
 * variable (by an administrator) still gets its detail row.
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

    boolean leftOut(HistoricVariableUpdateEventEntity event) {
        return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                && processDefinitionKey.equals(event.getProcessDefinitionKey())
                && variables.contains(event.getVariableName());
    }
}
