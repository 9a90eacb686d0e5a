package nl.weerbaar.spring.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3 document of version 1 of the Weerbaar API: written by hand in Dutch
 * ({@code weerbaar/api/v1/openapi.json} in the starter), adjusted by the application, and the source of the
 * {@code API-Version} every response carries.
 */
public final class OpenApiDocument {

    /** Where the document as shipped lies on the class path. */
    public static final String RESOURCE = "weerbaar/api/v1/openapi.json";

    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode document;
    private final String version;

    private OpenApiDocument(ObjectNode document) {
        this.document = document;
        JsonNode version = document.path("info").path("version");
        if (!version.isTextual() || !SEMVER.matcher(version.asText()).matches()) {
            throw new IllegalStateException("The Weerbaar OpenAPI document's info.version must be a semantic version"
                    + " (e.g. 1.0.0), not " + version);
        }
        this.version = version.asText();
    }

    /** The document as shipped. */
    public static OpenApiDocument shipped() {
        return customized(List.of());
    }

    /** The document as shipped, then changed by each customizer in turn. */
    public static OpenApiDocument customized(List<? extends WeerbaarOpenApiCustomizer> customizers) {
        ObjectNode document = read();
        customizers.forEach(customizer -> customizer.customize(document));
        return new OpenApiDocument(document);
    }

    /** Sets {@code info.contact}'s name, URL and e-mail address; each {@code null} keeps what the document says. */
    public static WeerbaarOpenApiCustomizer contact(String name, String url, String email) {
        return document -> {
            ObjectNode contact = document.withObject("/info/contact");
            if (name != null) {
                contact.put("name", name);
            }
            if (url != null) {
                contact.put("url", url);
            }
            if (email != null) {
                contact.put("email", email);
            }
        };
    }

    private static ObjectNode read() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The full version of the API ({@code info.version}), as the {@code API-Version} header sends it. */
    public String version() {
        return version;
    }

    /** A copy of the document. */
    public ObjectNode tree() {
        return document.deepCopy();
    }

    /**
     * The document as served to a request: the server URL relative to this host, under the application's context
     * path (e.g. {@code /app/api/weerbaar/v1}), so it holds behind any proxy or host name.
     */
    public byte[] servedUnder(String contextPath) {
        ObjectNode served = document.deepCopy();
        served.path("servers").forEach(server -> {
            if (server instanceof ObjectNode node && node.path("url").asText().startsWith("/")) {
                node.put("url", contextPath + node.path("url").asText());
            }
        });
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(served);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the OpenAPI document", e);
        }
    }
}
