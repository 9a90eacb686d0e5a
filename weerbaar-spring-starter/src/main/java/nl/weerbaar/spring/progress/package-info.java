/**
 * Where each measure stands in each gemeente, and starting a measure's lifecycle.
 */
package nl.weerbaar.spring.progress;
