/**
 * The REST API under {@code /api/weerbaar}: the catalog, the calling gemeente's progress and starting a measure,
 * with errors as RFC 9457 problem details in Dutch.
 */
package nl.weerbaar.spring.api;
