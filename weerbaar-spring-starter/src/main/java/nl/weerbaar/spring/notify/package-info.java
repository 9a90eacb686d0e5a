/**
 * Reminders and escalations by e-mail: to the people of the tenant they are about, with links to their tasks.
 */
package nl.weerbaar.spring.notify;
