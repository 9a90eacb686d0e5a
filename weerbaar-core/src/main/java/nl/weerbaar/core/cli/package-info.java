/**
 * Command-line entry points: validate catalogs and overlays and print a summary, and write the catalog reference.
 */
package nl.weerbaar.core.cli;
