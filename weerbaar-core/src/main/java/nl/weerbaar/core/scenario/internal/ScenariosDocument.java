package nl.weerbaar.core.scenario.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.weerbaar.core.catalog.internal.FormatPatterns;

import java.util.List;
import java.util.Map;

/** File format of a scenario file; {@code common} and {@code scenarios} are read element by element. */
public record ScenariosDocument(
        @NotBlank @Pattern(regexp = FormatPatterns.CATALOG_URN, message = FormatPatterns.CATALOG_URN_MESSAGE)
        String urn,
        @NotNull @Min(1) Integer version,
        @NotBlank @Pattern(regexp = FormatPatterns.CATALOG_URN, message = FormatPatterns.CATALOG_URN_MESSAGE)
        String catalog,
        @NotBlank String title,
        @NotBlank String source,
        List<@NotBlank String> notes) {

    /** Codes in capitals joined by '_', e.g. LANGDURIGE_STROOMUITVAL: they are what a crisis is started with. */
    static final String CODE = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";
    static final String CODE_MESSAGE = "must be capitals and digits joined by '_', e.g. LANGDURIGE_STROOMUITVAL";

    /** File format of one scenario. */
    public record ScenarioDocument(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank String name,
            List<@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String> aliases,
            @NotNull @Valid NamedDocument named,
            Map<String, Map<String, String>> translations,
            @NotNull List<@NotNull @Valid MappingDocument> measures) {
    }

    /** Where the guide names the scenario's threat. */
    public record NamedDocument(@NotBlank String quote, @NotBlank String where) {
    }

    /** File format of one link between a scenario and a measure. */
    public record MappingDocument(
            @NotBlank @Pattern(regexp = FormatPatterns.REF, message = FormatPatterns.REF_MESSAGE) String ref,
            @NotNull @Pattern(regexp = "source|editorial", message = "must be 'source' or 'editorial'") String basis,
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String quote,
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String where,
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String reason) {
    }
}
