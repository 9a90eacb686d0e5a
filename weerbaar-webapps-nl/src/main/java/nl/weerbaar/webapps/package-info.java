/**
 * Camunda's webapps in Dutch for Dutch browsers: the Spring Boot auto-configuration and the servlet filter that adds
 * Dutch to each webapp's own configuration.
 */
package nl.weerbaar.webapps;
