/**
 * The yearly zienswijze cycle on the veiligheidsregio's budget under the Wet gemeenschappelijke regelingen: the
 * region's process ({@code weerbaar-zienswijze-regio}) and the process it starts in each member gemeente's own
 * tenant ({@code weerbaar-zienswijze-gemeente}), with their variables, terms, task forms, delegates and listeners.
 */
package nl.weerbaar.bpmn.zienswijze;
