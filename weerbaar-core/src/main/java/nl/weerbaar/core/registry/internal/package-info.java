/**
 * The contributor that ships the VNG catalog with this jar.
 */
package nl.weerbaar.core.registry.internal;
