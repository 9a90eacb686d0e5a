/**
 * How the monitor reads the engine: the default {@code WeerbaarMonitor}, whose region aggregates are read with the
 * engine's checks off ({@code CrossTenant}), and the noodhandboek's print records in the engine's property table.
 */
package nl.weerbaar.spring.monitor.internal;
