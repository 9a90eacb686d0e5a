/**
 * How the engine plugin hooks into Camunda: parse listeners for form validation and start guards, the command
 * interceptor and per-command session that keep variables to forms and starts, Weerbaar's table of running keys,
 * and the management service that checks a job request before the job is touched.
 */
package nl.weerbaar.bpmn.engine.internal;
