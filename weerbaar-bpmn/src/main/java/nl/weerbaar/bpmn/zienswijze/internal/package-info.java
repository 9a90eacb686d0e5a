/**
 * The delegates and listeners the {@code zienswijze} model names, made by its process class.
 */
package nl.weerbaar.bpmn.zienswijze.internal;
