/**
 * Task forms as typed records: the annotations that describe them, the Camunda Form each is rendered to, and the
 * task listener that enforces the same rules on the server when a task is completed.
 */
package nl.weerbaar.bpmn.forms;
