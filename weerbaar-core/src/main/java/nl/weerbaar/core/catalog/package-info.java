/**
 * The measure catalog as an immutable domain model: catalogs, pillars, phases, parties and measures, how to load
 * them from YAML, and the one error type every bad catalog produces.
 */
package nl.weerbaar.core.catalog;
