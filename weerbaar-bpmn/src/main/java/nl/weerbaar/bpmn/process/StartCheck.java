package nl.weerbaar.bpmn.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A process's own check of a start, run when the instance starts and before anything of its model: it refuses
 * with a {@link StartRefusedException} in Dutch, or completes the start (say, a business key derived from a
 * variable). It runs for every caller, administrators and the application's own code included.
 */
@FunctionalInterface
public interface StartCheck {

    /** Accepts every start. */
    StartCheck NONE = (start, components) -> {
    };

    /**
     * @param start      the process instance being started, its start variables and business key set
     * @param components the catalogs, roles and settings of the application
     * @throws StartRefusedException when the start is not one the process takes
     */
    void check(DelegateExecution start, WeerbaarComponents components);

    /**
     * The start's business key is the one its variables determine: set when the start leaves it out, refused when
     * it is another.
     *
     * @param refusal the start of the Dutch refusal up to the key, e.g. {@code "Noodsteunpunt niet gestart: de
     *                business key van noodsteunpunt 'Overvecht'"}
     */
    static void expectBusinessKey(DelegateExecution start, String expected, String refusal) {
        String key = start.getProcessBusinessKey();
        if (key == null) {
            start.setProcessBusinessKey(expected);
        } else if (!key.equals(expected)) {
            throw new StartRefusedException(refusal + " is '" + expected + "', niet '" + key + "'; laat hem weg of"
                    + " geef '" + expected + "'.");
        }
    }
}
