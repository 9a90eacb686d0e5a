/**
 * Implementation of overlays: their file format, the rules checked on one overlay file and the merge of overlays
 * into an effective catalog.
 */
package nl.weerbaar.core.overlay.internal;
