package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.engine.WeerbaarEnginePlugin;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The Weerbaar engine plugin for Camunda's Spring Boot starter: form validation for every task whose form a
 * {@link WeerbaarProcess} bean registers. The delegates the models name are Spring beans (see
 * {@link WeerbaarProcessBeans}), not part of the plugin.
 */
public class WeerbaarSpringEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<WeerbaarProcess> processes;

    public WeerbaarSpringEnginePlugin(ObjectProvider<WeerbaarProcess> processes) {
        this.processes = processes;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        WeerbaarEnginePlugin.formsOnly(processes.orderedStream().toList()).preInit(configuration);
    }
}
