package nl.weerbaar.bpmn;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deploying per tenant, with forms, is idempotent: an unchanged set deploys nothing new.
 */
class DeploymentTests {

    private final RepositoryService repository = TestEngine.get().getRepositoryService();

    @Test
    void deploysEveryProcessAndFormForEachTenant() {
        for (String tenant : new String[] {TestEngine.UTRECHT, TestEngine.AMERSFOORT}) {
            assertThat(repository.createProcessDefinitionQuery().tenantIdIn(tenant).latestVersion().list())
                    .extracting(ProcessDefinition::getKey).containsExactlyInAnyOrderElementsOf(WeerbaarProcesses.keys());
            Deployment deployment = repository.createDeploymentQuery().tenantIdIn(tenant)
                    .deploymentName(WeerbaarProcesses.DEPLOYMENT_NAME).singleResult();
            assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                    .containsExactlyInAnyOrderElementsOf(WeerbaarProcesses.resources());
        }
    }

    @Test
    void aChangedModelDeploysANewVersion() {
        String tenant = TestEngine.VR_UTRECHT;
        int before = repository.createProcessDefinitionQuery().tenantIdIn(tenant)
                .processDefinitionKey(ProcessKeys.MAATREGEL).latestVersion().singleResult().getVersion();
        String changed = org.camunda.bpm.model.bpmn.Bpmn.convertToString(
                WeerbaarProcesses.get(ProcessKeys.MAATREGEL).model()).replace("Maatregel uitvoeren\"",
                "Maatregel uitvoeren (gewijzigd)\"");

        org.camunda.bpm.engine.repository.DeploymentBuilder deployment = repository.createDeployment()
                .name(WeerbaarProcesses.DEPLOYMENT_NAME).enableDuplicateFiltering(true).tenantId(tenant);
        WeerbaarProcesses.addTo(deployment, WeerbaarProcesses.keys());
        deployment.addString("weerbaar/bpmn/" + ProcessKeys.MAATREGEL + ".bpmn", changed).deploy();

        ProcessDefinition latest = repository.createProcessDefinitionQuery().tenantIdIn(tenant)
                .processDefinitionKey(ProcessKeys.MAATREGEL).latestVersion().singleResult();
        assertThat(latest.getVersion()).isEqualTo(before + 1);
        assertThat(latest.getName()).isEqualTo("Maatregel uitvoeren (gewijzigd)");
    }

    @Test
    void redeployingAnUnchangedSetCreatesNoNewDeployment() {
        long before = repository.createDeploymentQuery().tenantIdIn(TestEngine.UTRECHT).count();

        WeerbaarProcesses.deploy(repository, TestEngine.UTRECHT);

        assertThat(repository.createDeploymentQuery().tenantIdIn(TestEngine.UTRECHT).count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().tenantIdIn(TestEngine.UTRECHT)
                .processDefinitionKey(nl.weerbaar.bpmn.ProcessKeys.MAATREGEL).count()).isEqualTo(1);
    }
}
