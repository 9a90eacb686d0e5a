/**
 * The tenants Weerbaar serves — gemeenten and their veiligheidsregio — and which tenant the calling user works
 * for.
 */
package nl.weerbaar.spring.tenant;
