/**
 * Weerbaar's record of the business keys under which an instance runs, for the processes that allow one running
 * instance per tenant and business key: read by any of Weerbaar's code in a command, written by the engine plugin.
 */
package nl.weerbaar.bpmn.keys;
