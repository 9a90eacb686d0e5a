package nl.weerbaar.bpmn.process;

import java.util.Objects;
import java.util.Set;

/**
 * What every start of a process must satisfy. The engine checks it for every way an instance starts — by key or
 * id, by message, over REST or from Java, as a call activity's child — before the model's own first step.
 *
 * @param variables                the variables a caller who is not an administrator may pass when starting it,
 *                                 each a text, number, date or yes/no value
 * @param oneRunningPerBusinessKey at most one instance runs per tenant and business key; the database guarantees
 *                                 it across nodes, and a second start is refused naming the running instance
 * @param check                    the process's own check of a start, run for every caller
 */
public record StartRule(Set<String> variables, boolean oneRunningPerBusinessKey, StartCheck check) {

    public StartRule {
        variables = Set.copyOf(variables);
        Objects.requireNonNull(check, "check");
    }

    /** No start variables for callers who are not administrators, no one-per rule, no check of its own. */
    public static StartRule none() {
        return new StartRule(Set.of(), false, StartCheck.NONE);
    }

    /** A rule that lets callers pass these start variables. */
    public static StartRule variables(String... variables) {
        return new StartRule(Set.of(variables), false, StartCheck.NONE);
    }

    /** This rule, and at most one running instance per tenant and business key. */
    public StartRule onePerBusinessKey() {
        return new StartRule(variables, true, check);
    }

    /** This rule, with the process's own check of a start. */
    public StartRule checkedBy(StartCheck check) {
        return new StartRule(variables, oneRunningPerBusinessKey, check);
    }
}
