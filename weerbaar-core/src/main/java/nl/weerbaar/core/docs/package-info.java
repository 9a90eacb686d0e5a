/**
 * Generated documentation: the catalog reference in Markdown, rendered from the catalog itself.
 */
package nl.weerbaar.core.docs;
