/**
 * Camunda's engine REST API, when the application has it: form refusals answered as what they are.
 */
package nl.weerbaar.spring.rest;
