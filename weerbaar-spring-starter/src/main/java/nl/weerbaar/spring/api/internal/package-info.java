/**
 * How the Weerbaar API answers under the NL API Design Rules: its headers, its problem details, its refusal of
 * unknown parameters, and the served OpenAPI document.
 */
package nl.weerbaar.spring.api.internal;
