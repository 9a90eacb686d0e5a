/**
 * How the monitor reads the engine: the default {@code WeerbaarMonitor}, reads without the caller's authorization for
 * a region's aggregates, and the noodhandboek's print records in the engine's property table.
 */
package nl.weerbaar.spring.monitor.internal;
