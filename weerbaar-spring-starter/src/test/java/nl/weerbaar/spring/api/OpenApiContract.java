package nl.weerbaar.spring.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds every response of the Weerbaar API a test receives to the OpenAPI document as shipped: the headers every
 * response must carry, its status documented for its operation, its content type and its body valid against the
 * documented schema — read strictly, as if every object schema said {@code additionalProperties: false}, so a field
 * the document does not describe fails too. Errors anywhere under the API's root must be problem details.
 */
public final class OpenApiContract implements ResultHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'");

    private final ObjectNode document;
    private final ObjectNode strictComponents;
    private final String version;
    private final List<Operation> operations = new ArrayList<>();

    private OpenApiContract(ObjectNode document) {
        this.document = document;
        this.version = document.path("info").path("version").asText();
        this.strictComponents = (ObjectNode) strict(document.path("components").deepCopy());
        String base = document.path("servers").path(0).path("url").asText();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!op.getKey().equals("parameters")) {
                operations.add(new Operation(op.getKey().toUpperCase(), base + path.getKey(),
                        Pattern.compile(Pattern.quote(base + path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                        op.getValue()));
            }
        }));
    }

    /** The contract of version 1 as the starter ships it. */
    public static OpenApiContract v1() {
        return new OpenApiContract(OpenApiDocument.shipped().tree());
    }

    public ObjectNode document() {
        return document;
    }

    @Override
    public void handle(MvcResult result) throws Exception {
        String path = result.getRequest().getRequestURI();
        if (!path.equals(WeerbaarApi.ROOT) && !path.startsWith(WeerbaarApi.ROOT + "/")) {
            return;
        }
        MockHttpServletResponse response = result.getResponse();
        String call = result.getRequest().getMethod() + " " + path + " -> " + response.getStatus();
        assertThat(response.getHeader(WeerbaarApi.VERSION_HEADER)).as(call + ": API-Version").isEqualTo(version);
        SECURITY_HEADERS.forEach((name, value) -> assertThat(response.getHeaders(name)).as(call + ": " + name)
                .containsExactly(value));
        String body = response.getContentAsString();
        if (response.getStatus() >= 400) {
            assertThat(response.getContentType()).as(call + ": content type").isNotNull();
            assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(
                    MediaType.APPLICATION_PROBLEM_JSON)).as(call + ": " + response.getContentType()).isTrue();
            assertValid(call, body, JSON.createObjectNode().put("$ref", "#/components/schemas/Problem"));
            assertThat(JSON.readTree(body).path("status").asInt()).as(call + ": problem status")
                    .isEqualTo(response.getStatus());
        }
        Optional<Operation> operation = operation(result.getRequest().getMethod(), path);
        if (operation.isEmpty()) {
            assertThat(response.getStatus()).as(call + ": undocumented path or method").isGreaterThanOrEqualTo(400);
            return;
        }
        JsonNode documented = resolve(operation.get().definition().path("responses")
                .path(String.valueOf(response.getStatus())));
        assertThat(documented.isMissingNode()).as(call + ": status not documented for " + operation.get().method()
                + " " + operation.get().template()).isFalse();
        documented.path("headers").fieldNames().forEachRemaining(header -> {
            if (!header.equals("WWW-Authenticate")) {
                assertThat(response.getHeader(header)).as(call + ": documented header " + header).isNotNull();
            }
        });
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            assertThat(body).as(call + ": no content documented").isEmpty();
            return;
        }
        Iterator<String> types = content.fieldNames();
        String type = types.next();
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.parseMediaType(type)))
                .as(call + ": content type " + response.getContentType() + ", documented " + type).isTrue();
        assertValid(call, body, content.path(type).path("schema"));
    }

    /** The documented operation for a method and a concrete request path, if any. */
    public Optional<Operation> operation(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .findFirst();
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** A {@code $ref} to something under {@code #/components} replaced by what it points at. */
    public JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = document.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    private void assertValid(String call, String body, JsonNode schema) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("allOf").add(strict(schema.deepCopy()));
        root.set("components", strictComponents);
        JsonSchema validator = SCHEMAS.getSchema(root, STRICT);
        Set<ValidationMessage> errors = validator.validate(JSON.readTree(body));
        assertThat(errors).as(call + ": body " + body).isEmpty();
    }

    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(OpenApiContract::strict);
        } else if (schema.isArray()) {
            schema.elements().forEachRemaining(OpenApiContract::strict);
        }
        return schema;
    }

    /** One operation of the document: its method, its full path template and its definition. */
    public record Operation(String method, String template, Pattern pattern, JsonNode definition) {
    }
}
