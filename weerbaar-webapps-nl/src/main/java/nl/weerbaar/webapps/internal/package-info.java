/**
 * The script and style sheet the filter serves in place of a webapp's own, rendered from templates in this package.
 */
package nl.weerbaar.webapps.internal;
