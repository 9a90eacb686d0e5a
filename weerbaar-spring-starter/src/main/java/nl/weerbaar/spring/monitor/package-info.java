/**
 * The Weerbaarheidsmonitor: where a gemeente stands (dashboard, scenario readiness, raadsrapportage, noodhandboek) and
 * where the member gemeenten of a veiligheidsregio stand, computed from the measures' lifecycles.
 */
package nl.weerbaar.spring.monitor;
