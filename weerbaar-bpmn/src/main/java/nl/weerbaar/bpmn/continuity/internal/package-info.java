/**
 * The delegates and listeners the {@code continuity} model names, made by its process class.
 */
package nl.weerbaar.bpmn.continuity.internal;
