package nl.weerbaar.bpmn.model;

import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A Weerbaar process whose model is written in Java with Camunda's fluent builder and rendered, with its diagram,
 * to {@link #modelResource()} by the build's {@code models} profile.
 */
public interface ModelledProcess extends WeerbaarProcess {

    /** The model, before layout: {@link DiagramLayout} adds the diagram when it is rendered. */
    BpmnModelInstance model();
}
