package nl.weerbaar.core.overlay.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/** File format of an overlay's adjustment of one scenario's measures. */
public record ScenarioAdjustmentDocument(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be a scenario code in capitals, e.g."
                + " LANGDURIGE_STROOMUITVAL") String code,
        List<@Valid @NotNull ChangeDocument> add,
        List<@Valid @NotNull ChangeDocument> remove) {

    /** One measure added to or taken out of the scenario. */
    public record ChangeDocument(@NotBlank String ref, @NotBlank String reason) {
    }
}
