package nl.weerbaar.core.overlay.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.weerbaar.core.catalog.internal.FormatPatterns;

import java.time.LocalDate;
import java.util.List;

/** File format of an overlay's adaptation of one measure. */
public record AdaptationDocument(
        @NotBlank @Pattern(regexp = FormatPatterns.REF, message = FormatPatterns.REF_MESSAGE) String ref,
        Boolean applicable,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String reason,
        @Min(1) Integer localPriority,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String localOwner,
        List<@NotBlank String> addPartners,
        @Valid RolverdelingDocument rolverdeling) {

    /** File format of a rolverdeling: party codes and the agreement. */
    public record RolverdelingDocument(
            @NotBlank String responsible,
            List<@NotBlank String> supporting,
            @NotNull @Valid AgreementDocument agreement) {
    }

    /** File format of the agreement behind a rolverdeling. */
    public record AgreementDocument(
            @NotNull LocalDate date,
            @NotBlank String reference,
            @NotNull LocalDate confirmedByGemeente,
            @NotNull LocalDate confirmedByVeiligheidsregio) {
    }
}
