package nl.weerbaar.core.overlay.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import nl.weerbaar.core.catalog.internal.FormatPatterns;

import java.util.List;

/** File format of an overlay's adaptation of one measure. */
public record AdaptationDocument(
        @NotBlank @Pattern(regexp = FormatPatterns.REF, message = FormatPatterns.REF_MESSAGE) String ref,
        Boolean applicable,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String reason,
        @Min(1) Integer localPriority,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String localOwner,
        List<@NotBlank String> addPartners) {
}
