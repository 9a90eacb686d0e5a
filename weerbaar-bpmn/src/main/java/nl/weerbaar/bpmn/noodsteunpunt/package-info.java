/**
 * Setting up, declaring and yearly re-testing one noodsteunpunt in a gemeente (process
 * {@code weerbaar-noodsteunpunt}): its variables, statuses, task forms, listeners and the service that starts it.
 */
package nl.weerbaar.bpmn.noodsteunpunt;
