package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.continuity.ContinuityProcess;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.registry.CatalogRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An installation from before ADR 14, with one deployment per tenant and work under way, upgrades to the one
 * deployment for all tenants and keeps its running work: on an engine of its own, as the upgrade finds it.
 */
class SharedDefinitionsTests {

    private static final String OUD = "oud";
    private static final List<ModelledProcess> PROCESSES = List.of(new MeasureProcess(), new ContinuityProcess());

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        EffectiveCatalog vng = CatalogRegistry.builder().addShippedCatalogs().build().effective("urn:weerbaar:vng-2025");
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("weerbaar-shared-definitions-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:weerbaar-shared-definitions-tests;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setProcessEnginePlugins(List.of(WeerbaarEnginePlugin.standalone(PROCESSES,
                WeerbaarComponents.defaults(tenant -> vng))));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void runningInstancesOfATenantsOwnDefinitionsMoveToTheSharedOneKeepingTheirTenantAndTheOldTimerGoes() {
        RepositoryService repository = engine.getRepositoryService();
        RuntimeService runtime = engine.getRuntimeService();
        // As before: a deployment in the tenant, and a lifecycle started on it.
        ProcessDeployment.deploy(repository, PROCESSES, OUD, "before-adr-14");
        ProcessInstance running = runtime.createProcessInstanceByKey(MeasureProcess.KEY).processDefinitionTenantId(OUD)
                .businessKey(OUD + ":1.1").setVariable("measureRef", "1.1").execute();
        assertThat(timerStarts()).extracting(Job::getTenantId).containsExactly(OUD);

        ProcessDeployment.deploy(repository, PROCESSES, null, "weerbaar");
        SharedDefinitions.Adoption adoption = SharedDefinitions.adopt(engine,
                List.of(MeasureProcess.KEY, ContinuityProcess.KEY));

        assertThat(adoption).isEqualTo(new SharedDefinitions.Adoption(1, 2, 0));
        ProcessDefinition shared = repository.createProcessDefinitionQuery().processDefinitionKey(MeasureProcess.KEY)
                .withoutTenantId().singleResult();
        ProcessInstance migrated = runtime.createProcessInstanceQuery().processInstanceId(running.getId())
                .singleResult();
        assertThat(migrated.getProcessDefinitionId()).isEqualTo(shared.getId());
        assertThat(migrated.getTenantId()).isEqualTo(OUD);
        Task intake = engine.getTaskService().createTaskQuery().processInstanceId(running.getId()).singleResult();
        assertThat(intake.getTaskDefinitionKey()).isEqualTo(MeasureProcessModel.INTAKE);
        assertThat(intake.getTenantId()).isEqualTo(OUD);
        assertThat(timerStarts()).as("only the shared yearly timer").extracting(Job::getTenantId)
                .containsExactly((String) null);
        assertThat(repository.createProcessDefinitionQuery().tenantIdIn(OUD).active().count()).isZero();
        assertThatThrownBy(() -> runtime.createProcessInstanceByKey(MeasureProcess.KEY)
                .processDefinitionTenantId(OUD).businessKey(OUD + ":1.2").setVariable("measureRef", "1.2").execute())
                .as("nothing new starts on the tenant's own definition").isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("suspended");

        assertThat(SharedDefinitions.adopt(engine, List.of(MeasureProcess.KEY, ContinuityProcess.KEY))
                .nothingToDo()).as("once adopted, nothing left").isTrue();
    }

    private static List<Job> timerStarts() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(ContinuityProcess.KEY).timers()
                .list().stream().filter(job -> job.getProcessInstanceId() == null).toList();
    }
}
