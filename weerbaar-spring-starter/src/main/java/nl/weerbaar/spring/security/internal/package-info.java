/**
 * The filters, configurers and resolvers behind {@link nl.weerbaar.spring.security}: the bridge to Camunda's identity
 * service, Dutch problem responses for refusals, and the webapps' container-based login.
 */
package nl.weerbaar.spring.security.internal;
