/**
 * How Weerbaar takes the caller from the application's own Spring Security and hands them to Camunda: the rules a
 * host applies to its one {@code SecurityFilterChain}, how a caller's Camunda groups and tenants are found, and an
 * authentication provider for Camunda's own users.
 */
package nl.weerbaar.spring.security;
