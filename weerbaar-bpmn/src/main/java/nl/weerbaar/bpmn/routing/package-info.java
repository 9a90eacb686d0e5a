/**
 * Who works a measure for a gemeente and in which tenant: the rolverdeling of the catalog, of an overlay or of an
 * agreement recorded in the process {@code weerbaar-rolverdeling}, whichever is the most recent.
 */
package nl.weerbaar.bpmn.routing;
