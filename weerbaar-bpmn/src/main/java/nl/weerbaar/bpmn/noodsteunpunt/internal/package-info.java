/**
 * The delegates and listeners the {@code noodsteunpunt} model names, made by its process class.
 */
package nl.weerbaar.bpmn.noodsteunpunt.internal;
