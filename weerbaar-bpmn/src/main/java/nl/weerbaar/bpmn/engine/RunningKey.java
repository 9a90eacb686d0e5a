package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.engine.internal.RunningKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Weerbaar's record of running keys, changed from a process's own code in the command's transaction. A business key
 * changes for a process whose instance moves on to another "one per …" rule while it runs — a recorded agreement
 * that, once in force, no longer holds the key of the one being recorded: where the process allows one running
 * instance per key, its record moves with it, so the database keeps guaranteeing the rule for the new key. And an
 * instance that works for another tenant holds that tenant's key as long as it does — a region's lifecycle of a
 * measure the key of each gemeente it serves —, so that the tenant cannot start its own meanwhile, nor the other way
 * round, also when both happen at the same moment on different nodes.
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

    /**
     * Records that the instance runs under another tenant's key as well, from now until it lets go of it or ends.
     * Nothing changes when it holds the key already, nor where the engine runs without Weerbaar's integrity checks.
     *
     * @throws AlreadyRunningException when another instance runs (or is being started) under the key
     * @throws IllegalStateException   outside a command
     */
    public static void hold(String processKey, String tenantId, String businessKey, String instanceId) {
        CommandContext context = command();
        if (RunningKeys.enabled(context)) {
            new RunningKeys(context.getProcessEngineConfiguration().getDatabaseTablePrefix()).claim(context,
                    processKey, tenantId, businessKey, instanceId);
        }
    }

    /** Lets go of a key {@link #hold} recorded for the instance; nothing when it does not hold it. */
    public static void letGo(String processKey, String tenantId, String businessKey, String instanceId) {
        CommandContext context = command();
        if (RunningKeys.enabled(context)) {
            new RunningKeys(context.getProcessEngineConfiguration().getDatabaseTablePrefix()).release(context,
                    processKey, tenantId, businessKey, instanceId);
        }
    }

    private static CommandContext command() {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            throw new IllegalStateException("Weerbaar's running keys change in a command's transaction; there is none");
        }
        return context;
    }
}
