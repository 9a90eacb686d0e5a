/**
 * The service-provider interface through which a jar contributes catalogs and overlays, found with
 * {@link java.util.ServiceLoader}.
 */
package nl.weerbaar.core.spi;
