package nl.weerbaar.bpmn.engine.internal;

import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.process.StartRule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first listener of every guarded process: on its start it checks the start against the process's
 * {@link StartRule} — for a caller who is not an administrator and starts it directly (not a model's delegate or
 * Weerbaar's own code on the caller's behalf), that it starts at a start event with only the rule's variables,
 * each a plain value; for everyone, the process's own check — and records the instance's
 * business key where only one may run; on its end, of whatever kind, it removes that record. A built-in listener:
 * it runs before the model's own and also when those are skipped.
 */
public final class StartGuard implements ExecutionListener {

    private static final Set<ValueType> PLAIN = Set.of(ValueType.STRING, ValueType.INTEGER, ValueType.LONG,
            ValueType.SHORT, ValueType.DOUBLE, ValueType.BOOLEAN, ValueType.DATE, ValueType.NULL);

    private final IntegrityRules rules;
    private final RunningKeys runningKeys;
    private final String processKey;
    private final StartRule rule;

    public StartGuard(IntegrityRules rules, RunningKeys runningKeys, String processKey, StartRule rule) {
        this.rules = rules;
        this.runningKeys = runningKeys;
        this.processKey = processKey;
        this.rule = rule;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CommandContext context = Context.getCommandContext();
        if (EVENTNAME_END.equals(execution.getEventName())) {
            if (rule.oneRunningPerBusinessKey()) {
                runningKeys.release(context, execution.getProcessInstanceId());
            }
            return;
        }
        ExecutionEntity instance = (ExecutionEntity) execution;
        // A start the caller asked for, not one a model's delegate (in a checked completion, a job) or Weerbaar's
        // own code makes: those decide their variables themselves.
        if (instance.getSuperExecutionId() == null && !Callers.trusted(context)
                && context.getSession(IntegritySession.class).kind() == IntegritySession.Kind.OTHER) {
            checkCaller(instance);
        }
        rule.check().check(execution, rules.components());
        if (rule.oneRunningPerBusinessKey() && execution.getProcessBusinessKey() != null) {
            runningKeys.claim(context, processKey, execution.getTenantId(), execution.getProcessBusinessKey(),
                    instance.getId());
        }
        context.getSession(IntegritySession.class).startChecked(instance.getId());
    }

    /**
     * A user who is not an administrator starts with the rule's plain variables only (starting at chosen activities
     * is refused before the engine acts, by {@link IntegrityInterceptor}).
     */
    private void checkCaller(ExecutionEntity instance) {
        List<String> problems = new ArrayList<>();
        VariableMap variables = instance.getVariablesLocalTyped(false);
        TreeSet<String> unknown = new TreeSet<>();
        for (String name : variables.keySet()) {
            if (!rule.variables().contains(name)) {
                unknown.add(name);
                continue;
            }
            TypedValue value = variables.getValueTyped(name);
            if (value.getType() == null || !PLAIN.contains(value.getType())) {
                problems.add("variabele '" + name + "' heeft een soort waarde ("
                        + (value.getType() == null ? value.getClass().getSimpleName() : value.getType().getName())
                        + ") die bij een start niet wordt aangenomen; alleen tekst, getallen, datums en ja/nee");
            }
        }
        if (!unknown.isEmpty()) {
            problems.add((unknown.size() == 1 ? "variabele '" + unknown.first() + "' wordt"
                    : "variabelen '" + String.join("', '", unknown) + "' worden") + " bij de start niet aangenomen"
                    + (rule.variables().isEmpty() ? "; dit proces neemt bij de start geen variabelen aan"
                    : "; toegestaan: " + String.join(", ", new TreeSet<>(rule.variables()))));
        }
        if (!problems.isEmpty()) {
            throw new StartRefusedException("Proces " + processKey + " niet gestart: " + String.join("; ", problems)
                    + ".");
        }
    }
}
