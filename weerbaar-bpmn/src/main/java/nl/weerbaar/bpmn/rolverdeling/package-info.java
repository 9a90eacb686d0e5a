/**
 * Recording a rolverdeling by local agreement (processes {@code weerbaar-rolverdeling} in the gemeente's tenant and
 * {@code weerbaar-rolverdeling-regio} in the region's): who is eindverantwoordelijk for a measure, who supports, the
 * agreement behind it and both parties' confirmation, after which the measure's lifecycle follows it.
 */
package nl.weerbaar.bpmn.rolverdeling;
