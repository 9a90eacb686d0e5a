package nl.weerbaar.bpmn.engine.internal;

import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Camunda's management service, but executing a job on request checks first whether the caller may: Camunda
 * checks only inside the job's execution, and a refusal there counts as a failure of the job — one retry fewer per
 * refused call, an incident at none, so anyone could stop another gemeente's timer. Here a refused call fails
 * before the job is touched and changes nothing.
 */
public final class GuardedManagementService extends ManagementServiceImpl {

    public GuardedManagementService(ProcessEngineConfigurationImpl configuration) {
        super(configuration);
    }

    @Override
    public void executeJob(String jobId) {
        commandExecutor.execute(mayUpdate(jobId));
        super.executeJob(jobId);
    }

    private static Command<Void> mayUpdate(String jobId) {
        return context -> {
            JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
            if (job != null) { // else Camunda's own "not found", which changes nothing either
                for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                    checker.checkUpdateJob(job);
                }
            }
            return null;
        };
    }
}
