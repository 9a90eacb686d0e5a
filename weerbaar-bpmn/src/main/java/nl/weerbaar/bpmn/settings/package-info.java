/**
 * The terms and intervals the processes use, configurable, with the defaults the guide and the law set.
 */
package nl.weerbaar.bpmn.settings;
