/**
 * What every package of the starter shares: the converter for days of the year its typed properties bind with, the
 * problem details ({@link nl.weerbaar.spring.internal.Problems}) every refusal is answered with, which engine
 * failures are the caller's ({@link nl.weerbaar.spring.internal.Refusal}), and where the monitor's pages are
 * ({@link nl.weerbaar.spring.internal.MonitorPath}).
 */
package nl.weerbaar.spring.internal;
