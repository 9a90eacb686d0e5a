package nl.weerbaar.spring.internal;

import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.engine.DirectChangeRefusedException;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.process.StartRefusedException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;

import java.util.Optional;

/**
 * A failure that is the caller's, not the server's, with the status and the Dutch detail both REST APIs (the Weerbaar
 * API and the engine REST API) answer it with — one text per refusal:
 * <ul>
 *   <li>400: a form refusal, a refused start, a serialized Java object, a condition no conditional start event
 *   can take;</li>
 *   <li>403: Weerbaar's refusal of a direct change, and the engine's refusal for missing authorizations;</li>
 *   <li>409: a second start where one instance may run, and a concurrent change of the same data.</li>
 * </ul>
 *
 * @param status the HTTP status
 * @param detail the Dutch detail of the problem
 * @param cause  the failure refused: the failure itself or the cause the engine wrapped it around
 */
public record Refusal(int status, String detail, Throwable cause) {

    /** What the engine says when no process has a conditional start event the condition could start. */
    static final String NO_CONDITIONAL_START = "No subscriptions were found during evaluation of the conditional"
            + " start events";
    /** What the engine says when the process definition named has no conditional start event. */
    static final String NO_CONDITIONAL_START_IN_DEFINITION = "does not declare conditional start event";
    /** What the engine says when a variable comes as a serialized Java object. */
    static final String JAVA_SERIALIZATION = "Java serialization format is prohibited";

    /** The refusal the failure is, or empty when it is not the caller's. */
    public static Optional<Refusal> of(Throwable failure) {
        FormValidationException form = cause(failure, FormValidationException.class);
        if (form != null) {
            // Its message names the form and what is wrong with each field, in Dutch: nothing to add to it.
            return Optional.of(new Refusal(400, form.getMessage(), form));
        }
        StartRefusedException start = cause(failure, StartRefusedException.class);
        if (start != null) {
            return Optional.of(new Refusal(400, start.getMessage(), start));
        }
        AlreadyRunningException running = cause(failure, AlreadyRunningException.class);
        if (running != null) {
            return Optional.of(new Refusal(409, running.getMessage(), running));
        }
        DirectChangeRefusedException direct = cause(failure, DirectChangeRefusedException.class);
        if (direct != null) {
            return Optional.of(new Refusal(403, direct.getMessage(), direct));
        }
        OptimisticLockingException concurrent = cause(failure, OptimisticLockingException.class);
        if (concurrent != null) {
            return Optional.of(new Refusal(409, "Iemand anders wijzigde dit op hetzelfde moment, en die wijziging"
                    + " gaat voor. Haal de gegevens opnieuw op en probeer het zo nodig nog eens.", concurrent));
        }
        AuthorizationException forbidden = cause(failure, AuthorizationException.class);
        if (forbidden != null) {
            return Optional.of(new Refusal(403, "U hebt geen rechten voor deze handeling: " + forbidden.getMessage(),
                    forbidden));
        }
        ProcessEngineException serialized = saying(failure, JAVA_SERIALIZATION);
        if (serialized != null) {
            return Optional.of(new Refusal(400, "Geserialiseerde Java-objecten worden niet aangenomen (ook om"
                    + " veiligheidsredenen): stuur tekst, getallen, datums of ja/nee. " + serialized.getMessage(),
                    serialized));
        }
        ProcessEngineException nothingToStart = saying(failure, NO_CONDITIONAL_START);
        if (nothingToStart != null) {
            return Optional.of(new Refusal(400, "Deze variabelen starten geen proces: geen proces (van de opgegeven"
                    + " tenant) heeft een voorwaardelijke startgebeurtenis. " + nothingToStart.getMessage(),
                    nothingToStart));
        }
        ProcessEngineException notConditional = saying(failure, NO_CONDITIONAL_START_IN_DEFINITION);
        if (notConditional != null) {
            return Optional.of(new Refusal(400, "Deze variabelen starten geen proces: de opgegeven procesdefinitie"
                    + " heeft geen voorwaardelijke startgebeurtenis. " + notConditional.getMessage(), notConditional));
        }
        return Optional.empty();
    }

    /**
     * Whether this is the engine's own refusal for missing authorizations, which Camunda's REST API answers itself
     * (403, with the authorizations missing), rather than one of Weerbaar's.
     */
    public boolean missingAuthorization() {
        return cause instanceof AuthorizationException && !(cause instanceof DirectChangeRefusedException);
    }

    /** The failure itself or its first cause of the type: the engine wraps what its listeners throw. */
    public static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (type.isInstance(at)) {
                return type.cast(at);
            }
        }
        return null;
    }

    private static ProcessEngineException saying(Throwable failure, String message) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof ProcessEngineException engine && engine.getMessage() != null
                    && engine.getMessage().contains(message)) {
                return engine;
            }
        }
        return null;
    }
}
