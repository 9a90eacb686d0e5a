/**
 * How the application keeps every gemeente to its own work: its one Spring Security chain (HTTP Basic against
 * Camunda's users, or OIDC with the {@code oidc} profile), with Weerbaar's rules handing the caller to Camunda, and a
 * refusal of another tenant's data reported as forbidden.
 */
package nl.weerbaar.example.security;
