package nl.weerbaar.core.catalog.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** File format of a provenance entry. */
public record ProvenanceDocument(
        @NotNull @Pattern(regexp = FormatPatterns.BASIS, message = FormatPatterns.BASIS_MESSAGE) String basis,
        @NotBlank String reason) {
}
