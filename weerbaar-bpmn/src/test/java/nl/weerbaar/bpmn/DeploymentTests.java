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
    void redeployingAnUnchangedSetCreatesNoNewDeployment() {
        long before = repository.createDeploymentQuery().tenantIdIn(TestEngine.UTRECHT).count();

        WeerbaarProcesses.deploy(repository, TestEngine.UTRECHT);

        assertThat(repository.createDeploymentQuery().tenantIdIn(TestEngine.UTRECHT).count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().tenantIdIn(TestEngine.UTRECHT)
                .processDefinitionKey(nl.weerbaar.bpmn.ProcessKeys.MAATREGEL).count()).isEqualTo(1);
    }
}
