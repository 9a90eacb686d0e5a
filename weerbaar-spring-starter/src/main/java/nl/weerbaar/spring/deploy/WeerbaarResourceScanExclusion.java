package nl.weerbaar.spring.deploy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.util.Arrays;

/**
 * Keeps Camunda's own resource scanning ({@code camunda.bpm.deployment-resource-pattern}, every {@code .bpmn} on
 * the classpath) from deploying Weerbaar's models without tenant: they are deployed by {@link WeerbaarDeployer}
 * when Weerbaar is on, and not at all when it is off. The application's own resources are left as Camunda found
 * them.
 */
public class WeerbaarResourceScanExclusion extends AbstractProcessEnginePlugin {

    /** After every plugin's preInit, so Camunda's deployment configuration has set its resources. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getDeploymentResources() != null) {
            spring.setDeploymentResources(Arrays.stream(spring.getDeploymentResources())
                    .filter(resource -> !isWeerbaarResource(resource)).toArray(Resource[]::new));
        }
    }

    static boolean isWeerbaarResource(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.contains("/weerbaar/bpmn/") || url.contains("/weerbaar/forms/");
        } catch (IOException e) {
            return false;
        }
    }
}
