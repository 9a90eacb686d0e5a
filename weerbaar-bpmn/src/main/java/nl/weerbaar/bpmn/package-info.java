/**
 * The guide's measures as Camunda 7 processes: process keys, the resources to deploy and the engine plugin that
 * makes the delegates and listeners available to the engine.
 */
package nl.weerbaar.bpmn;
