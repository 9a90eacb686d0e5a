/**
 * Camunda's engine REST API, when the application has it: refusals that are the client's doing answered as what
 * they are (400, 403, 404, 409 with a Dutch problem detail), not as a server error.
 */
package nl.weerbaar.spring.rest;
