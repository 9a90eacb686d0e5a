package nl.weerbaar.bpmn.engine;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A change to a Weerbaar process's state that does not go through its forms — setting, changing or removing a
 * variable of one of its instances or tasks directly, sending variables with a message or a modification,
 * ending a task with a BPMN error — made by a user who is not an administrator. Nothing of the command is
 * kept. An authorization refusal, so the REST APIs and the webapps answer it with 403.
 */
public class DirectChangeRefusedException extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    public DirectChangeRefusedException(String message) {
        super(message);
    }
}
