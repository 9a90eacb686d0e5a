/**
 * The roles that do the work in the processes and the one configurable mapping from role to candidate group.
 */
package nl.weerbaar.bpmn.roles;
