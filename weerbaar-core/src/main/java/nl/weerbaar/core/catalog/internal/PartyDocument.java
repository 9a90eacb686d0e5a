package nl.weerbaar.core.catalog.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.util.Map;

/** File format of a party. */
public record PartyDocument(
        @NotBlank @Pattern(regexp = FormatPatterns.CODE, message = FormatPatterns.CODE_MESSAGE) String code,
        @NotBlank String name,
        Map<String, Map<String, String>> translations) {
}
