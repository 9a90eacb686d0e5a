package nl.weerbaar.spring.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adjusts the OpenAPI document of the Weerbaar API before it is served, e.g. the security schemes to those the
 * application offers, or its own description. Applied in order after {@code weerbaar.api.contact.*}; the
 * {@code API-Version} header follows whatever {@code info.version} says afterwards.
 */
@FunctionalInterface
public interface WeerbaarOpenApiCustomizer {

    void customize(ObjectNode document);
}
