/**
 * What every package of the starter shares: the converter for days of the year its typed properties bind with, the
 * problem details ({@link nl.weerbaar.spring.internal.Problems}) every refusal is answered with, and which engine
 * failures are the caller's ({@link nl.weerbaar.spring.internal.Refusal}).
 */
package nl.weerbaar.spring.internal;
