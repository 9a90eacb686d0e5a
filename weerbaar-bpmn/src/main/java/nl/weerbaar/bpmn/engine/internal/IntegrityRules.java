package nl.weerbaar.bpmn.engine.internal;

import nl.weerbaar.bpmn.forms.FormRegistry;
import nl.weerbaar.bpmn.process.StartRule;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the integrity checks hold the engine to: the guarded processes (every registered {@link WeerbaarProcess},
 * by key) with their start rules, their forms, and the components their start checks use.
 */
public final class IntegrityRules {

    private final Map<String, StartRule> rules;
    private final FormRegistry forms;
    private final Supplier<WeerbaarComponents> components;
    private final Map<String, Optional<String>> keysByDefinition = new ConcurrentHashMap<>();

    public IntegrityRules(Collection<? extends WeerbaarProcess> processes, FormRegistry forms,
                          Supplier<WeerbaarComponents> components) {
        Map<String, StartRule> byKey = new LinkedHashMap<>();
        processes.forEach(process -> byKey.putIfAbsent(process.key(), process.startRule()));
        this.rules = Map.copyOf(byKey);
        this.forms = Objects.requireNonNull(forms, "forms");
        this.components = Objects.requireNonNull(components, "components");
    }

    /** The keys of the guarded processes. */
    public Set<String> keys() {
        return rules.keySet();
    }

    /** The keys of the processes that allow one running instance per tenant and business key. */
    public Set<String> oneRunningPerBusinessKey() {
        return rules.entrySet().stream().filter(e -> e.getValue().oneRunningPerBusinessKey()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    Optional<StartRule> rule(String processKey) {
        return Optional.ofNullable(rules.get(processKey));
    }

    FormRegistry forms() {
        return forms;
    }

    WeerbaarComponents components() {
        return components.get();
    }

    /** Whether the process definition is one of a guarded process; looked up once per definition. */
    boolean guardsDefinition(String processDefinitionId) {
        return processDefinitionId != null && keysByDefinition.computeIfAbsent(processDefinitionId,
                id -> Optional.ofNullable(definition(id)).map(ProcessDefinitionEntity::getKey))
                .map(rules::containsKey).orElse(false);
    }

    private static ProcessDefinitionEntity definition(String id) {
        try {
            return Context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(id);
        } catch (ProcessEngineException gone) {
            return null;
        }
    }
}
