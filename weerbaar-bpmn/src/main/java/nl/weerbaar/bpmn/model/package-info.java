/**
 * Writing the process models and forms: shared modelling conventions and the generator that renders every model
 * and form into the resources the engine deploys.
 */
package nl.weerbaar.bpmn.model;
