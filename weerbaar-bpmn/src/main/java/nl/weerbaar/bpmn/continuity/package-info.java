/**
 * The yearly continuity review of the gemeente's own organisation (process {@code weerbaar-continuiteit}): its
 * variables, task forms, the listeners that collect the per-process results and the delegate that plans the next
 * review.
 */
package nl.weerbaar.bpmn.continuity;
