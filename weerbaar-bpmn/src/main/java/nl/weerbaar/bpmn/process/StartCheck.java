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
}
