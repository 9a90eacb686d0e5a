package nl.weerbaar.core.overlay.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** File format of an overlay's choice of bevoegd gezag for one pillar. */
public record PillarChoiceDocument(@NotNull @Min(1) Integer number, @NotBlank String authority) {
}
