package nl.weerbaar.core.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.catalog.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML file: its tree and the line and column of every key and value in it, so that any violation found
 * later can be reported where it is.
 */
public final class YamlDocument {

    /** Catalogs are a few hundred KiB; anything far larger is refused before it is parsed. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final YAMLFactory FACTORY = createFactory();

    /** Strict: no unknown keys, no silent coercion of "1" to 1 or 2.10 to "2.1". */
    static final ObjectMapper MAPPER = createMapper();

    private final String source;
    private final JsonNode root;
    private final Map<String, SourceLocation> locations;

    private YamlDocument(String source, JsonNode root, Map<String, SourceLocation> locations) {
        this.source = source;
        this.root = root;
        this.locations = locations;
    }

    /**
     * Reads and parses the resource.
     *
     * @throws CatalogException when it cannot be read, is too large, empty, not YAML, or holds more than one
     *                          document
     */
    public static YamlDocument read(CatalogResource resource) {
        return parse(resource.name(), resource.read(MAX_BYTES));
    }

    static YamlDocument parse(String source, byte[] content) {
        requireUtf8(source, content);
        Map<String, SourceLocation> locations = new HashMap<>();
        JsonNode root;
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw fail(source, SourceLocation.startOf(source), "file is empty; expected a YAML mapping");
            }
            // Record the location of every token by its path before the tree is read, so that violations found
            // on the typed form can still point at a line.
            try (JsonParser locator = FACTORY.createParser(content)) {
                recordLocations(source, locator, locations);
            }
            // Trailing documents are detected below, with a clearer message than the mapper's.
            root = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            if (parser.nextToken() != null) {
                throw fail(source, location(source, parser.currentTokenLocation()),
                        "file holds more than one YAML document; a catalog is exactly one");
            }
        } catch (JsonProcessingException e) {
            SourceLocation where = e.getLocation() == null
                    ? SourceLocation.startOf(source) : location(source, e.getLocation());
            throw fail(source, where, "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof CatalogException catalogException) {
                throw catalogException;
            }
            // SnakeYAML reports some errors (bad encoding, limits) as runtime exceptions without a location.
            throw fail(source, SourceLocation.startOf(source), "not valid YAML: " + firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw fail(source, SourceLocation.startOf(source), "file is empty; expected a YAML mapping");
        }
        if (!root.isObject()) {
            throw fail(source, SourceLocation.startOf(source),
                    "expected a mapping of keys (urn, version, title, ...) at the top of the file, found "
                            + Describe.node(root));
        }
        return new YamlDocument(source, root, Map.copyOf(locations));
    }

    /** Names the first byte that is not UTF-8, where the YAML parser would only say "invalid start byte". */
    private static void requireUtf8(String source, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(content.length + 1), true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw fail(source, new SourceLocation(source, line, offset - lineStart + 1), String.format(
                    "file is not UTF-8 text: byte 0x%02X at offset %d; save the file as UTF-8", content[offset], offset));
        }
    }

    private static void recordLocations(String source, JsonParser parser, Map<String, SourceLocation> locations)
            throws IOException {
        while (parser.nextToken() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            locations.putIfAbsent(pointer, location(source, parser.currentTokenLocation()));
        }
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    public JsonNode at(NodePath path) {
        return root.at(path.pointer());
    }

    /** The text at the path, or {@code null} when there is no text value there. */
    public String text(NodePath path) {
        JsonNode node = at(path);
        return node.isTextual() ? node.asText() : null;
    }

    /** The location of the value at the path, or of its nearest enclosing value that is in the file. */
    public SourceLocation locate(NodePath path) {
        NodePath current = path;
        while (true) {
            SourceLocation found = locations.get(current.pointer());
            if (found != null || current.isRoot()) {
                return found != null ? found : SourceLocation.startOf(source);
            }
            current = current.parent();
        }
    }

    private static SourceLocation location(String source, JsonLocation location) {
        return new SourceLocation(source, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static CatalogException fail(String source, SourceLocation where, String message) {
        return new CatalogException(new CatalogViolation(where, null, null, message));
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable content";
        }
        String first = message.strip().lines().findFirst().orElse(message)
                .replaceFirst("^([a-z]+\\.)+[A-Za-z]+(Exception|Error): ", "");
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(50);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build())
                .build();
        factory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        return factory;
    }

    private static ObjectMapper createMapper() {
        ObjectMapper mapper = JsonMapper.builder(FACTORY)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
