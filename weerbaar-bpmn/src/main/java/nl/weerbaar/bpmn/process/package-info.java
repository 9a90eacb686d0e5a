/**
 * What a process brings to Weerbaar — key, model, forms, delegates — and the shared components its delegates are
 * made from; the extension point through which a host adds its own process.
 */
package nl.weerbaar.bpmn.process;
