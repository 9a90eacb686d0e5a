/**
 * How the engine plugin hooks into Camunda: the parse listener that adds form validation to user tasks.
 */
package nl.weerbaar.bpmn.engine.internal;
