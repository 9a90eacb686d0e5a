/**
 * The REST API, version 1 under {@code /api/weerbaar/v1} (NL API Design Rules): the catalog, the calling gemeente's
 * progress and the lifecycles of its measures, described by a Dutch OpenAPI document, with errors as RFC 9457
 * problem details in Dutch.
 */
package nl.weerbaar.spring.api;
