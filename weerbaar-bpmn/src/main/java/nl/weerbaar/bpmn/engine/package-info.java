/**
 * Bringing processes into a Camunda engine: the engine plugin (form validation, and the named beans for an engine
 * without Spring) and the deployment of processes with their forms.
 */
package nl.weerbaar.bpmn.engine;
