/**
 * Wiring the processes into a Camunda engine: the components the models refer to by name and the engine plugin
 * that registers them.
 */
package nl.weerbaar.bpmn.engine;
