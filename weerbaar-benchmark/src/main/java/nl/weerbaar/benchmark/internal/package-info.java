/** The benchmark's machinery: a throwaway PostgreSQL cluster, application processes, HTTP and statistics. */
package nl.weerbaar.benchmark.internal;
