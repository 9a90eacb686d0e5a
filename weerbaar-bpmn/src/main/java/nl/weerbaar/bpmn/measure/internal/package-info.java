/**
 * The delegates and listeners the {@code measure} model names, made by its process class.
 */
package nl.weerbaar.bpmn.measure.internal;
