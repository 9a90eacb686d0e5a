package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deploying per tenant, with forms, is idempotent: an unchanged set deploys nothing new.
 */
class ProcessDeploymentTests {

    private final RepositoryService repository = TestEngine.get().getRepositoryService();

    @Test
    void deploysEveryProcessAndFormOnceForAllTenants() {
        assertThat(repository.createProcessDefinitionQuery().withoutTenantId().latestVersion().list())
                .extracting(ProcessDefinition::getKey).containsExactlyInAnyOrderElementsOf(WeerbaarProcesses.keys());
        Deployment deployment = repository.createDeploymentQuery().withoutTenantId()
                .deploymentName(ProcessDeployment.DEPLOYMENT_NAME).singleResult();
        assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                .containsExactlyInAnyOrderElementsOf(ProcessDeployment.resources(TestEngine.PROCESSES).keySet())
                .contains("weerbaar/bpmn/weerbaar-maatregel.bpmn", "weerbaar/forms/weerbaar-maatregel-intake.form");
        assertThat(repository.createProcessDefinitionQuery().tenantIdIn(TestEngine.UTRECHT, TestEngine.AMERSFOORT,
                TestEngine.VR_UTRECHT).count()).as("no copies per tenant").isZero();
    }

    @Test
    void aChangedModelDeploysANewVersion() {
        // A tenant of its own, so the one deployment every other test uses stays as it is.
        String tenant = "versies";
        ProcessDeployment.deploy(repository, TestEngine.PROCESSES, tenant, TestEngine.SOURCE);
        int before = repository.createProcessDefinitionQuery().tenantIdIn(tenant)
                .processDefinitionKey(MeasureProcess.KEY).latestVersion().singleResult().getVersion();
        String changed = Bpmn.convertToString(new MeasureProcess().model())
                .replace("Maatregel uitvoeren\"", "Maatregel uitvoeren (gewijzigd)\"");

        ProcessDeployment.addTo(repository.createDeployment().name(ProcessDeployment.DEPLOYMENT_NAME)
                        .enableDuplicateFiltering(true).tenantId(tenant), TestEngine.PROCESSES)
                .addString("weerbaar/bpmn/" + MeasureProcess.KEY + ".bpmn", changed).deploy();

        ProcessDefinition latest = repository.createProcessDefinitionQuery().tenantIdIn(tenant)
                .processDefinitionKey(MeasureProcess.KEY).latestVersion().singleResult();
        assertThat(latest.getVersion()).isEqualTo(before + 1);
        assertThat(latest.getName()).isEqualTo("Maatregel uitvoeren (gewijzigd)");
        repository.createDeploymentQuery().tenantIdIn(tenant).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void redeployingAnUnchangedSetCreatesNoNewDeployment() {
        long before = repository.createDeploymentQuery().withoutTenantId().count();

        ProcessDeployment.deploy(repository, TestEngine.PROCESSES, null, TestEngine.SOURCE);

        assertThat(repository.createDeploymentQuery().withoutTenantId().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().withoutTenantId()
                .processDefinitionKey(MeasureProcess.KEY).count()).isEqualTo(1);
    }

    @Test
    void aProcessWhoseModelIsNotOnTheClassPathIsRefusedByName() {
        WeerbaarProcess missing = new WeerbaarProcess() {
            @Override
            public String key() {
                return "host-ontbreekt";
            }

            @Override
            public List<Class<? extends Record>> forms() {
                return List.of();
            }
        };

        assertThatThrownBy(() -> ProcessDeployment.resources(List.of(missing)))
                .hasMessageContaining("host-ontbreekt").hasMessageContaining("weerbaar/bpmn/host-ontbreekt.bpmn");
    }
}
