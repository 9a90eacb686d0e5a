/**
 * How the application keeps every gemeente to its own work: HTTP Basic on the engine REST API against Camunda's
 * identity service, and a refusal of another tenant's data reported as forbidden.
 */
package nl.weerbaar.example.security;
