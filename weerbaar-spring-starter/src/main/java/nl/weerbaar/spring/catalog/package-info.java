/**
 * The catalog in a Spring application: files from Spring resource locations, the effective catalog per tenant,
 * and the start-up failure analysis that lists every violation.
 */
package nl.weerbaar.spring.catalog;
