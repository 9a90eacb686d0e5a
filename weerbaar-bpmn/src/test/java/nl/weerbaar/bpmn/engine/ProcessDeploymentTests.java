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
    void deploysEveryProcessAndFormForEachTenant() {
        for (String tenant : new String[] {TestEngine.UTRECHT, TestEngine.AMERSFOORT}) {
            assertThat(repository.createProcessDefinitionQuery().tenantIdIn(tenant).latestVersion().list())
                    .extracting(ProcessDefinition::getKey).containsExactlyInAnyOrderElementsOf(WeerbaarProcesses.keys());
            Deployment deployment = repository.createDeploymentQuery().tenantIdIn(tenant)
                    .deploymentName(ProcessDeployment.DEPLOYMENT_NAME).singleResult();
            assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                    .containsExactlyInAnyOrderElementsOf(ProcessDeployment.resources(TestEngine.PROCESSES).keySet())
                    .contains("weerbaar/bpmn/weerbaar-maatregel.bpmn", "weerbaar/forms/weerbaar-maatregel-intake.form");
        }
    }

    @Test
    void aChangedModelDeploysANewVersion() {
        String tenant = TestEngine.VR_UTRECHT;
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
    }

    @Test
    void redeployingAnUnchangedSetCreatesNoNewDeployment() {
        long before = repository.createDeploymentQuery().tenantIdIn(TestEngine.UTRECHT).count();

        ProcessDeployment.deploy(repository, TestEngine.PROCESSES, TestEngine.UTRECHT, TestEngine.SOURCE);

        assertThat(repository.createDeploymentQuery().tenantIdIn(TestEngine.UTRECHT).count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().tenantIdIn(TestEngine.UTRECHT)
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
