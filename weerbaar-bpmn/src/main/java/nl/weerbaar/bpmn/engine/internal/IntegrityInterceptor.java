package nl.weerbaar.bpmn.engine.internal;

import nl.weerbaar.bpmn.engine.DirectChangeRefusedException;
import nl.weerbaar.bpmn.engine.internal.IntegritySession.Kind;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.ModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import java.util.Map;

/**
 * Sees every command inside its command context, before it runs: records the outermost one in the context's
 * {@link IntegritySession}, checks a task completion's or form submission's variables against the task's form
 * ({@link SubmissionCheck}), and refuses, for users who are not administrators, what would bypass a form or a
 * start rule: ending a Weerbaar task with a BPMN error or escalation, starting or restarting a Weerbaar process at
 * given activities (the engine runs the instructions' variables and activities after the start rule has looked),
 * modifying a running Weerbaar instance (which moves it past a form without filling it in), and setting variables of process instances in a batch (the batch's job would write them outside every check).
 */
public final class IntegrityInterceptor extends CommandInterceptor {

    private final IntegrityRules rules;

    public IntegrityInterceptor(IntegrityRules rules) {
        this.rules = rules;
    }

    /** The factory of the per-command {@link IntegritySession}s the interceptor and the start guard share. */
    public static SessionFactory sessionFactory(IntegrityRules rules) {
        return new IntegritySession.Factory(rules);
    }

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        IntegritySession session = context.getSession(IntegritySession.class);
        if (session.enter(command)) {
            session.kind(before(context, command));
        }
        return next.execute(command);
    }

    @SuppressWarnings("unchecked")
    private Kind before(CommandContext context, Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            return SubmissionCheck.check(context, rules, command, "taskId", "variables");
        }
        if (command instanceof SubmitTaskFormCmd) {
            return SubmissionCheck.check(context, rules, command, "taskId", "properties");
        }
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            refuseOnGuardedTask(context, (String) CommandFields.read(command, "taskId"));
            return Kind.OTHER;
        }
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            refuseStartAtActivities(context, (ProcessInstantiationBuilderImpl) CommandFields.read(command,
                    "instantiationBuilder"));
            return Kind.OTHER;
        }
        if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd) {
            ProcessInstanceModificationBuilderImpl modification = (ProcessInstanceModificationBuilderImpl)
                    CommandFields.read(command, "builder");
            ExecutionEntity instance = modification.getProcessInstanceId() == null ? null
                    : context.getExecutionManager().findExecutionById(modification.getProcessInstanceId());
            refuseModification(context, instance == null ? null : instance.getProcessDefinitionId());
            return Kind.OTHER;
        }
        if (command instanceof AbstractModificationCmd<?>) {
            refuseModification(context, ((ModificationBuilderImpl) CommandFields.read(command, "builder"))
                    .getProcessDefinitionId());
            return Kind.OTHER;
        }
        if (command instanceof RestartProcessInstancesCmd && !Callers.trusted(context)) {
            throw new DirectChangeRefusedException("Een procesinstantie opnieuw starten bij gekozen activiteiten mag"
                    + " alleen een beheerder.");
        }
        if (command instanceof SetVariablesToProcessInstancesBatchCmd && !Callers.trusted(context)) {
            throw new DirectChangeRefusedException("Variabelen van procesinstanties in een batch zetten mag alleen"
                    + " een beheerder; een Weerbaar-proces verandert alleen via zijn formulieren.");
        }
        if (command instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl message = (MessageCorrelationBuilderImpl) CommandFields.read(command,
                    "builder");
            return empty(message.getPayloadProcessInstanceVariables())
                    && empty(message.getPayloadProcessInstanceVariablesLocal())
                    && empty(message.getPayloadProcessInstanceVariablesToTriggeredScope()) ? Kind.FLOW : Kind.OTHER;
        }
        if (command instanceof CrossTenant.OwnCommand<?> || command instanceof ExecuteJobsCmd
                || command instanceof AbstractDeleteProcessInstanceCmd
                || command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd
                || command instanceof DelegateTaskCmd || command instanceof SetTaskOwnerCmd
                || command instanceof SaveTaskCmd) {
            return Kind.FLOW;
        }
        return Kind.OTHER;
    }

    private void refuseOnGuardedTask(CommandContext context, String taskId) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task != null && rules.guardsDefinition(task.getProcessDefinitionId()) && !Callers.trusted(context)) {
            // Camunda's own checks first, as for a completion: another tenant's user learns nothing of the task.
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            throw new DirectChangeRefusedException("Taak '" + task.getName() + "' (" + taskId + ") wordt afgerond via"
                    + " haar formulier; een BPMN-fout of -escalatie op een Weerbaar-taak mag alleen een beheerder"
                    + " melden.");
        }
    }

    /** Moving a Weerbaar instance by hand skips the forms between where it is and where it goes. */
    private void refuseModification(CommandContext context, String processDefinitionId) {
        if (rules.guardsDefinition(processDefinitionId) && !Callers.trusted(context)) {
            throw new DirectChangeRefusedException("Een Weerbaar-proces gaat verder via de formulieren van zijn"
                    + " taken; een procesinstantie wijzigen (activiteiten starten of annuleren) mag alleen een"
                    + " beheerder.");
        }
    }

    /** Starting a Weerbaar process at chosen activities: its start rule sees the start, not the instructions. */
    private void refuseStartAtActivities(CommandContext context, ProcessInstantiationBuilderImpl start) {
        if (Callers.trusted(context)) {
            return;
        }
        String key = start.getProcessDefinitionKey();
        boolean guarded = key != null ? rules.keys().contains(key) : rules.guardsDefinition(start.getProcessDefinitionId());
        if (guarded) {
            throw new StartRefusedException("Proces " + (key != null ? key : start.getProcessDefinitionId())
                    + " niet gestart: een Weerbaar-proces start bij zijn startgebeurtenis, zonder startinstructies;"
                    + " starten bij gekozen activiteiten mag alleen een beheerder.");
        }
    }

    private static boolean empty(Map<String, Object> variables) {
        return variables == null || variables.isEmpty();
    }
}
