package nl.weerbaar.bpmn.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes the Weerbaar components available to the engine's expressions under the names the models use. Works
 * for a plain engine and for Spring's, whose expression manager also consults the configuration's beans.
 */
public final class WeerbaarEnginePlugin implements ProcessEnginePlugin {

    private final WeerbaarComponents components;

    public WeerbaarEnginePlugin(WeerbaarComponents components) {
        this.components = components;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<Object, Object> beans = configuration.getBeans() == null ? new HashMap<>()
                : new HashMap<>(configuration.getBeans());
        beans.putAll(components.beans());
        configuration.setBeans(beans);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // nothing to do after initialisation
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        // deployment is the application's decision: see WeerbaarProcesses.deploy
    }
}
