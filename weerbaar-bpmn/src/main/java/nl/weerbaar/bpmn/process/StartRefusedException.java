package nl.weerbaar.bpmn.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A start the process does not take — a business key that is not the process's, a variable the caller may not
 * pass — with a Dutch message naming what is wrong. Nothing is created: the start is rolled back. The REST APIs
 * answer it with 400.
 */
public class StartRefusedException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    public StartRefusedException(String message) {
        super(message);
    }
}
