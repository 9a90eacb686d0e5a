package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.engine.WeerbaarEnginePlugin;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The Weerbaar engine plugin for Camunda's Spring Boot starter: form validation for every task whose form a
 * {@link WeerbaarProcess} bean registers, and the integrity checks of {@link WeerbaarEnginePlugin} — start rules,
 * one running instance per key, variables only through forms, job requests checked first. The delegates the
 * models name are Spring beans (see {@link WeerbaarProcessBeans}), not part of the plugin; the components the
 * start checks use are the {@link WeerbaarComponents} bean, looked up at the first start.
 */
public class WeerbaarSpringEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<WeerbaarProcess> processes;
    private final ObjectProvider<WeerbaarComponents> components;
    private WeerbaarEnginePlugin plugin;

    public WeerbaarSpringEnginePlugin(ObjectProvider<WeerbaarProcess> processes,
                                      ObjectProvider<WeerbaarComponents> components) {
        this.processes = processes;
        this.components = components;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        plugin = WeerbaarEnginePlugin.withoutBeans(processes.orderedStream().toList(), components::getObject);
        plugin.preInit(configuration);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        plugin.postInit(configuration);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        plugin.postProcessEngineBuild(processEngine);
    }
}
