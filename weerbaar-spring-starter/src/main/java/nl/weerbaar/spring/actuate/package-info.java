/**
 * Operations: health (catalog valid, processes deployed for every tenant), info (catalog URN and version) and
 * gauges of measures per status per tenant.
 */
package nl.weerbaar.spring.actuate;
