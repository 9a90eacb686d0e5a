package nl.weerbaar.core.catalog.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * File format of a measure's partners: a list of party codes ({@code []} for none), or the word
 * {@value #UNKNOWN} when the source's value was lost. The codes are checked by {@link CatalogRules}.
 *
 * @param codes the party codes as written, {@code null} when unknown
 */
@JsonDeserialize(using = PartnersDocument.Reader.class)
public record PartnersDocument(List<String> codes) {

    /** The word that says the source's partner value is not known. */
    public static final String UNKNOWN = "unknown";

    /** What a partners value must be, for messages. */
    static final String EXPECTATION = "a list of party codes ([] for none) or the word " + UNKNOWN;

    public PartnersDocument {
        // Elements may be null or blank here: the rules report them at their index instead of failing the read.
        codes = codes == null ? null : Collections.unmodifiableList(new ArrayList<>(codes));
    }

    public boolean known() {
        return codes != null;
    }

    /** The codes, empty when unknown. */
    public List<String> codesOrEmpty() {
        return codes == null ? List.of() : codes;
    }

    /**
     * Reads a list through Jackson's own list reader, so a wrong element is reported at its index, and the word
     * {@value #UNKNOWN}; anything else is a mismatch naming what was expected.
     */
    static final class Reader extends StdDeserializer<PartnersDocument> {

        Reader() {
            super(PartnersDocument.class);
        }

        @Override
        public PartnersDocument deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                JavaType listOfText = context.getTypeFactory().constructCollectionType(List.class, String.class);
                List<String> codes = context.readValue(parser, listOfText);
                return new PartnersDocument(codes == null ? List.of() : codes);
            }
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                if (UNKNOWN.equals(parser.getText())) {
                    return new PartnersDocument(null);
                }
                throw MismatchedInputException.from(parser, PartnersDocument.class,
                        "expected " + EXPECTATION + ", found the text \"" + parser.getText() + "\"");
            }
            return (PartnersDocument) context.handleUnexpectedToken(PartnersDocument.class, parser);
        }
    }
}
