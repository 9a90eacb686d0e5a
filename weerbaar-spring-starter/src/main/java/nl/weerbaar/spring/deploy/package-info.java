/**
 * Deploying the processes and their forms to the application's engine once per tenant.
 */
package nl.weerbaar.spring.deploy;
