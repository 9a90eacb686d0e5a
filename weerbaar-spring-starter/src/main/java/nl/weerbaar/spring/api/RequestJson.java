package nl.weerbaar.spring.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The JSON body of a request that may come without one: none, or JSON with the content type that says so. */
final class RequestJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestJson() {
    }

    /**
     * The body as JSON, {@code null} when there is none (or only white space).
     *
     * @throws HttpMediaTypeNotSupportedException when a body comes with another content type than JSON (415)
     * @throws ApiException                       when it is not valid JSON (400)
     */
    static JsonNode read(String contentType, byte[] body) throws HttpMediaTypeNotSupportedException {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON));
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "De inhoud van het verzoek is geen geldige JSON.");
        }
    }
}
