package nl.weerbaar.bpmn.engine.internal;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every parsed process of a guarded key — Weerbaar's, a host's registered one, or an edited copy — its
 * {@link StartGuard} as the first listener of its start and end. Done when the engine parses a model, so it holds
 * for every deployment and every version.
 */
public final class IntegrityParseListener extends AbstractBpmnParseListener {

    private final IntegrityRules rules;
    private final RunningKeys runningKeys;

    public IntegrityParseListener(IntegrityRules rules, RunningKeys runningKeys) {
        this.rules = rules;
        this.runningKeys = runningKeys;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        rules.rule(processDefinition.getKey()).ifPresent(rule -> {
            StartGuard guard = new StartGuard(rules, runningKeys, processDefinition.getKey(), rule);
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, guard);
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, guard);
        });
    }
}
