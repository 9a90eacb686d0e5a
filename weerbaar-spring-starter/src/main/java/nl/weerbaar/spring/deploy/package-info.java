/**
 * Bringing processes into the application's engine: their delegates as Spring beans, form validation, and the
 * deployment of every process with its forms once per tenant.
 */
package nl.weerbaar.spring.deploy;
