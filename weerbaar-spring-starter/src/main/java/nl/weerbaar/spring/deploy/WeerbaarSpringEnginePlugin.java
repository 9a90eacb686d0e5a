package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import nl.weerbaar.bpmn.engine.WeerbaarEnginePlugin;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.util.Arrays;

/**
 * The Weerbaar engine plugin for Camunda's Spring Boot starter. Besides registering the components, it keeps
 * Camunda's own resource scanning ({@code camunda.bpm.deployment-resource-pattern}, all {@code .bpmn} on the
 * classpath) from deploying the Weerbaar models a second time, without tenant: they are deployed per tenant by
 * {@link WeerbaarDeployer}. The application's own resources are left as Camunda found them.
 */
public class WeerbaarSpringEnginePlugin implements ProcessEnginePlugin {

    private final WeerbaarEnginePlugin delegate;

    public WeerbaarSpringEnginePlugin(WeerbaarComponents components) {
        this.delegate = new WeerbaarEnginePlugin(components);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        delegate.preInit(configuration);
    }

    /** After every plugin's preInit, so Camunda's deployment configuration has set its resources. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        delegate.postInit(configuration);
        if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getDeploymentResources() != null) {
            spring.setDeploymentResources(Arrays.stream(spring.getDeploymentResources())
                    .filter(resource -> !isWeerbaarResource(resource)).toArray(Resource[]::new));
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        delegate.postProcessEngineBuild(engine);
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
