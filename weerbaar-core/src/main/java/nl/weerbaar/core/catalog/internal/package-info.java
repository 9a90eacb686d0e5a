/**
 * Implementation of catalog loading: the YAML file-format types, the location index that maps every value back
 * to its line and column, the catalog rules and the MapStruct mapping to the domain model.
 */
package nl.weerbaar.core.catalog.internal;
