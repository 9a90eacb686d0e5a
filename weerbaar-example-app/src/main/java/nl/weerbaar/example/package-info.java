/**
 * The example application a gemeente runs: Spring Boot with Camunda's webapps and REST API and the Weerbaar starter.
 */
package nl.weerbaar.example;
