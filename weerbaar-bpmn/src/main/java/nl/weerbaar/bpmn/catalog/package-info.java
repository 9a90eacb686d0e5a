/**
 * How processes reach the measure catalog: the effective catalog of each tenant (gemeente).
 */
package nl.weerbaar.bpmn.catalog;
