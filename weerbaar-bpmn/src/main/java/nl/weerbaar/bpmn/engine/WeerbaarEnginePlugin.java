package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.engine.internal.FormValidationParseListener;
import nl.weerbaar.bpmn.forms.FormRegistry;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings Weerbaar's processes into a Camunda engine: every user task whose {@code camunda:formRef} names a
 * registered form record checks that record on completion — whichever model or deployment the task comes from —
 * and, for an engine without Spring, the delegates and listeners the models name.
 * <p>
 * Use {@link #standalone} for a plain engine; Spring's starter uses {@link #formsOnly} and registers the delegates
 * as Spring beans instead.
 */
public final class WeerbaarEnginePlugin extends AbstractProcessEnginePlugin {

    private final FormRegistry forms;
    private final Map<String, Object> beans;

    private WeerbaarEnginePlugin(FormRegistry forms, Map<String, Object> beans) {
        this.forms = forms;
        this.beans = Map.copyOf(beans);
    }

    /** For an engine without Spring: form validation and every bean the processes' models name. */
    public static WeerbaarEnginePlugin standalone(Collection<? extends WeerbaarProcess> processes,
                                                  WeerbaarComponents components) {
        return new WeerbaarEnginePlugin(formsOf(processes), beans(processes, components));
    }

    /** Form validation only: the application provides the beans the models name (as Spring does). */
    public static WeerbaarEnginePlugin formsOnly(Collection<? extends WeerbaarProcess> processes) {
        return new WeerbaarEnginePlugin(formsOf(processes), Map.of());
    }

    /** Every bean the processes' models name, by name: the shared components, then each process's own. */
    public static Map<String, Object> beans(Collection<? extends WeerbaarProcess> processes,
                                            WeerbaarComponents components) {
        Map<String, Object> beans = new LinkedHashMap<>(components.namedByModels());
        for (WeerbaarProcess process : processes) {
            for (ProcessBean bean : process.beans()) {
                beans.putIfAbsent(bean.name(), bean.create(components));
            }
        }
        return beans;
    }

    /** Every form record of the processes, by form id; a form id used twice is refused. */
    public static FormRegistry formsOf(Collection<? extends WeerbaarProcess> processes) {
        List<Class<? extends Record>> records = new ArrayList<>();
        processes.forEach(process -> records.addAll(process.forms()));
        return FormRegistry.of(records);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new FormValidationParseListener(forms));
        configuration.setCustomPostBPMNParseListeners(listeners);
        if (!beans.isEmpty()) {
            Map<Object, Object> configured = configuration.getBeans() == null ? new HashMap<>()
                    : new HashMap<>(configuration.getBeans());
            configured.putAll(beans);
            configuration.setBeans(configured);
        }
    }
}
