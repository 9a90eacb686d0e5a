package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.engine.internal.RunningKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Changes the business key of a running instance from its model's own code, for a process whose instance moves on
 * to another "one per …" rule while it runs — a recorded agreement that, once in force, no longer holds the key
 * of the one being recorded. Where the process allows one running instance per key, Weerbaar's record of the key
 * moves with it in the same transaction, so the database keeps guaranteeing the rule for the new key.
 */
public final class RunningKey {

    private RunningKey() {
    }

    /**
     * Gives the execution's process instance the business key.
     *
     * @throws AlreadyRunningException when another instance of the process runs under that key in the tenant
     */
    public static void change(DelegateExecution execution, String businessKey) {
        CommandContext context = Context.getCommandContext();
        ExecutionEntity instance = ((ExecutionEntity) execution).getProcessInstance();
        if (context != null && RunningKeys.enabled(context)) {
            new RunningKeys(context.getProcessEngineConfiguration().getDatabaseTablePrefix()).move(context,
                    instance.getProcessDefinition().getKey(), instance.getTenantId(), businessKey, instance.getId());
        }
        execution.setProcessBusinessKey(businessKey);
    }
}
