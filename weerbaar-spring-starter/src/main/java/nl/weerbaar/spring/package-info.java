/**
 * Spring Boot auto-configuration that brings the Weerbaar catalog and processes into an application's Camunda
 * engine, per tenant, with services, a REST API and operational endpoints.
 */
package nl.weerbaar.spring;
