/** The benchmark: the example application with many tenants against bare Camunda, in one run, as ratios. */
package nl.weerbaar.benchmark;
