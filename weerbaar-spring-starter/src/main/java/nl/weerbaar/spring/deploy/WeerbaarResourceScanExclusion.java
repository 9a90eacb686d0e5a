package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps Camunda's own resource scanning ({@code camunda.bpm.deployment-resource-pattern}, every {@code .bpmn} on
 * the classpath) from deploying a second time, under the application's name, what {@link WeerbaarDeployer} deploys
 * once for all tenants (duplicate filtering compares name and source, so every model would get two versions):
 * Weerbaar's models and forms (also when Weerbaar is off, when they are not deployed at all), and the model of every
 * {@link WeerbaarProcess} bean, a host's own included. The application's other resources are left as Camunda found
 * them.
 */
public class WeerbaarResourceScanExclusion extends AbstractProcessEnginePlugin {

    private final ObjectProvider<WeerbaarProcess> processes;

    public WeerbaarResourceScanExclusion(ObjectProvider<WeerbaarProcess> processes) {
        this.processes = processes;
    }

    /** After every plugin's preInit, so Camunda's deployment configuration has set its resources. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getDeploymentResources() != null) {
            List<String> models = processes.orderedStream().map(WeerbaarProcess::modelResource).toList();
            spring.setDeploymentResources(Arrays.stream(spring.getDeploymentResources())
                    .filter(resource -> !isWeerbaarResource(resource, models)).toArray(Resource[]::new));
        }
    }

    static boolean isWeerbaarResource(Resource resource, List<String> models) {
        try {
            String url = resource.getURL().toString();
            return url.contains("/weerbaar/bpmn/") || url.contains("/weerbaar/forms/")
                    || models.stream().anyMatch(model -> url.endsWith("/" + model));
        } catch (IOException e) {
            return false;
        }
    }
}
