package nl.weerbaar.core.catalog.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Map;

/** File format of a pillar. */
public record PillarDocument(
        @NotNull @Min(1) Integer number,
        @NotBlank @Pattern(regexp = FormatPatterns.CODE, message = FormatPatterns.CODE_MESSAGE) String code,
        @NotBlank String name,
        @NotBlank String authority,
        Map<String, @Valid ProvenanceDocument> provenance,
        Map<String, Map<String, String>> translations) {
}
