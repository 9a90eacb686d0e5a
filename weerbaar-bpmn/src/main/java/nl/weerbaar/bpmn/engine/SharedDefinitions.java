package nl.weerbaar.bpmn.engine;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Moves an installation from one deployment per tenant (before ADR 14) to the one deployment for all tenants: the
 * instances running on a tenant's definition of a Weerbaar process go on, with their tenant, on the newest shared
 * definition (activities with the same id are mapped, event triggers updated); the tenant's timer start jobs are
 * removed, so the shared timer does not start the yearly review twice; the tenant's definitions are suspended, so
 * nothing new starts on them. Instances Camunda cannot migrate are left running on their own definition, counted
 * and named in the log. Safe to call on every start: once adopted, there is nothing left to do.
 */
public final class SharedDefinitions {

    private static final System.Logger LOG = System.getLogger(SharedDefinitions.class.getName());

    private SharedDefinitions() {
    }

    /**
     * What one call did.
     *
     * @param migrated  instances moved to the shared definition
     * @param suspended tenant definitions suspended
     * @param left      instances left on a tenant definition because Camunda refused to migrate them
     */
    public record Adoption(int migrated, int suspended, int left) {

        public boolean nothingToDo() {
            return migrated == 0 && suspended == 0 && left == 0;
        }
    }

    /** Adopts the shared definitions of the process keys; a key without shared definition is skipped. */
    public static Adoption adopt(ProcessEngine engine, Collection<String> keys) {
        RepositoryService repository = engine.getRepositoryService();
        RuntimeService runtime = engine.getRuntimeService();
        ManagementService management = engine.getManagementService();
        int migrated = 0;
        int suspended = 0;
        int left = 0;
        for (String key : keys) {
            ProcessDefinition shared = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .withoutTenantId().latestVersion().singleResult();
            if (shared == null) {
                continue;
            }
            List<ProcessDefinition> ownDefinitions = new ArrayList<>();
            repository.createProcessDefinitionQuery().processDefinitionKey(key).active().list().stream()
                    .filter(definition -> definition.getTenantId() != null).forEach(ownDefinitions::add);
            for (ProcessDefinition own : ownDefinitions) {
                long running = runtime.createProcessInstanceQuery().processDefinitionId(own.getId()).count();
                if (running > 0) {
                    try {
                        MigrationPlan plan = runtime.createMigrationPlan(own.getId(), shared.getId())
                                .mapEqualActivities().updateEventTriggers().build();
                        runtime.newMigration(plan)
                                .processInstanceQuery(runtime.createProcessInstanceQuery()
                                        .processDefinitionId(own.getId()))
                                .execute();
                        migrated += (int) running;
                    } catch (ProcessEngineException refused) {
                        left += (int) running;
                        LOG.log(System.Logger.Level.WARNING, "{0} instance(s) of {1} in tenant {2} stay on their own"
                                + " definition {3}: {4}", running, key, own.getTenantId(), own.getId(),
                                refused.getMessage());
                    }
                }
                for (Job timer : management.createJobQuery().processDefinitionId(own.getId()).timers().list()) {
                    if (timer.getProcessInstanceId() == null) {
                        management.deleteJob(timer.getId());
                    }
                }
                repository.updateProcessDefinitionSuspensionState().byProcessDefinitionId(own.getId()).suspend();
                suspended++;
            }
        }
        Adoption adoption = new Adoption(migrated, suspended, left);
        if (!adoption.nothingToDo()) {
            LOG.log(System.Logger.Level.INFO, "Shared definitions adopted: {0} instance(s) migrated, {1} tenant"
                    + " definition(s) suspended, {2} instance(s) left", migrated, suspended, left);
        }
        return adoption;
    }
}
