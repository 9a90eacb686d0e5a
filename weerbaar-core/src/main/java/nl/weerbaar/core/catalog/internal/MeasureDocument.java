package nl.weerbaar.core.catalog.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;
import java.util.Map;

/** File format of a catalog measure; {@code partners} may be the word {@code unknown} (see {@link PartnersDocument}). */
public record MeasureDocument(
        @NotBlank @Pattern(regexp = FormatPatterns.MEASURE_URN, message = FormatPatterns.MEASURE_URN_MESSAGE)
        String urn,
        @NotBlank @Pattern(regexp = FormatPatterns.REF, message = FormatPatterns.REF_MESSAGE) String ref,
        @NotNull @Min(1) Integer pillar,
        @NotNull @Min(1) Integer rank,
        @NotNull Boolean mostCrucial,
        @NotBlank String title,
        @NotBlank String text,
        @NotEmpty List<@NotBlank String> phases,
        @NotEmpty List<@NotBlank String> responsible,
        @NotNull PartnersDocument partners,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String partnersRemark,
        Map<String, @Valid ProvenanceDocument> provenance,
        Map<String, Map<String, String>> translations) {
}
