/**
 * The delegates and listeners the {@code crisis} model names, made by its process class.
 */
package nl.weerbaar.bpmn.crisis.internal;
