package nl.weerbaar.spring.disabled;

import nl.weerbaar.spring.fresh.FreshApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code weerbaar.enabled=false} alone switches everything of Weerbaar off, and the application still starts on a
 * fresh database: Camunda's own classpath scan does not deploy the Weerbaar models in its place, and the host's
 * security chain, which applies Weerbaar's configurers, still starts and still hands its callers to Camunda.
 */
@SpringBootTest(classes = FreshApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "spring.datasource.url=jdbc:h2:mem:weerbaar-disabled;DB_CLOSE_DELAY=-1",
        "camunda.bpm.database.schema-update=true", "camunda.bpm.job-execution.enabled=false",
        // Camunda's scan sees Weerbaar's models, not the guest application's on this test classpath.
        "camunda.bpm.deployment-resource-pattern=classpath*:weerbaar/**/*.bpmn", "weerbaar.enabled=false"})
class DisabledApplicationIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ApplicationContext context;

    @Test
    void startsOnAFreshDatabaseWithNothingOfWeerbaarDeployedOrRegistered() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
                .extracting(ProcessDefinition::getKey).noneMatch(key -> key.startsWith("weerbaar-"));
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
        assertThat(context.getBeanNamesForType(nl.weerbaar.bpmn.process.WeerbaarProcess.class)).isEmpty();
        assertThat(context.containsBean("weerbaarLoadMeasure")).isFalse();
        assertThat(context.containsBean("weerbaarSettings")).isFalse();
    }

    @Test
    void theHostsChainKeepsHandingCallersToCamundaButServesNoWeerbaarApi() {
        assertThat(context.containsBean("weerbaarCamundaIdentityHttpSecurity")).isTrue();
        assertThat(context.containsBean("weerbaarApiHttpSecurity")).isFalse();
        assertThat(context.getBeanNamesForType(nl.weerbaar.spring.api.CatalogController.class)).isEmpty();
    }
}
