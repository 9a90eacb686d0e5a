/**
 * Reading and checking a scenario file: its file-format types and the rules that need the catalog.
 */
package nl.weerbaar.core.scenario.internal;
