/**
 * Writing process models in Java: shared modelling conventions, stable ids and the diagram layout.
 */
package nl.weerbaar.bpmn.model;
