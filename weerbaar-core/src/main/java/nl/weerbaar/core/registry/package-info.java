/**
 * The registry of every catalog and overlay an application uses — shipped, added in code or contributed through
 * the SPI — loaded and checked as a whole.
 */
package nl.weerbaar.core.registry;
