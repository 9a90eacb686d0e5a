/**
 * The guide's measures as Camunda 7 processes: the list of Weerbaar's own processes.
 */
package nl.weerbaar.bpmn;
