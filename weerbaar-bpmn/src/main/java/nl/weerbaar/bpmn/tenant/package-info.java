/**
 * Which tenants are gemeenten and which veiligheidsregio's, and which region each gemeente belongs to.
 */
package nl.weerbaar.bpmn.tenant;
