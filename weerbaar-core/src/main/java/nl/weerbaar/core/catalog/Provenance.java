package nl.weerbaar.core.catalog;

import java.util.Objects;

/**
 * Why a field's value was not read unambiguously from the source.
 *
 * @param basis  how the value was obtained
 * @param reason one line explaining it
 */
public record Provenance(Basis basis, String reason) {

    public Provenance {
        Objects.requireNonNull(basis, "basis");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("provenance reason must not be blank");
        }
    }
}
