/**
 * The delegates and listeners the {@code rolverdeling} models name, made by their process classes.
 */
package nl.weerbaar.bpmn.rolverdeling.internal;
