package nl.weerbaar.bpmn;

import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;
import java.util.Map;

/**
 * One Weerbaar process: its key, its model, its task forms and the delegates and listeners its model names.
 * {@link WeerbaarProcesses#ALL} lists them.
 */
public interface WeerbaarProcess {

    /** The process key, starting with {@code weerbaar-}. */
    String key();

    /** The model, with diagram information; rendered to {@code weerbaar/bpmn/<key>.bpmn}. */
    BpmnModelInstance model();

    /** The {@link nl.weerbaar.bpmn.forms.TaskForm} records of its user tasks. */
    List<Class<? extends Record>> forms();

    /** Bean name → delegate or listener of this process, built from the shared components. */
    Map<String, Object> beans(WeerbaarComponents components);
}
