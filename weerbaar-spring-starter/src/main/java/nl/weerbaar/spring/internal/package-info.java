/**
 * How the starter binds its typed properties: the converter for days of the year.
 */
package nl.weerbaar.spring.internal;
