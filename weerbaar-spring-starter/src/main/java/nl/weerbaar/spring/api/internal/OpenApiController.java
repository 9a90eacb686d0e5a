package nl.weerbaar.spring.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import nl.weerbaar.spring.api.OpenApiDocument;
import nl.weerbaar.spring.api.WeerbaarApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the OpenAPI document at {@code <base path>/openapi.json}, to anyone and readable from every origin
 * ({@code /core/publish-openapi}).
 */
@RestController
public class OpenApiController {

    private final OpenApiDocument document;

    public OpenApiController(OpenApiDocument document) {
        this.document = document;
    }

    @GetMapping(path = WeerbaarApi.OPENAPI_V1, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> openApi(HttpServletRequest request) {
        return ResponseEntity.ok().header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .contentType(MediaType.APPLICATION_JSON).body(document.servedUnder(request.getContextPath()));
    }
}
