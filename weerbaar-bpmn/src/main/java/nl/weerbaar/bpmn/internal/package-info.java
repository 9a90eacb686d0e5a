/**
 * The build-time generator that renders the models and forms of Weerbaar's own processes into resources.
 */
package nl.weerbaar.bpmn.internal;
