/**
 * The lifecycle of one catalog measure in one gemeente (process {@code weerbaar-maatregel}): its variables,
 * statuses, task forms, delegates and the service that starts it once per gemeente and measure.
 */
package nl.weerbaar.bpmn.measure;
