package nl.weerbaar.bpmn.forms;

import org.camunda.bpm.engine.ProcessEngineException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a task is completed with input its form does not accept. The completion is rolled back: the task
 * stays open and its variables stay as they were.
 */
public class FormValidationException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    private final transient List<FormViolation> violations;

    public FormValidationException(String formTitle, List<FormViolation> violations) {
        super("Formulier '" + formTitle + "' is niet volledig of niet juist ingevuld: "
                + violations.stream().map(FormViolation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /**
     * The form validation failure behind an engine error, if that is what it is: the engine wraps exceptions of
     * task listeners in its own.
     */
    public static Optional<FormValidationException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormValidationException validation) {
                return Optional.of(validation);
            }
        }
        return Optional.empty();
    }

    public List<FormViolation> violations() {
        return violations;
    }
}
