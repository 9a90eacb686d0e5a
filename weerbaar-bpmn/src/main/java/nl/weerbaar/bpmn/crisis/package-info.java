/**
 * Crisis phase activation (process {@code weerbaar-crisis}): per scenario, the catalog's checklists for the warm
 * phase before and after 72 hours and for the nafase, and the evaluation that reopens measures' reviews.
 */
package nl.weerbaar.bpmn.crisis;
