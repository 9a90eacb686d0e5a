package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogResource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Loading overlays from text and catching the failure the overlay tests expect. */
final class OverlayFixtures {

    private OverlayFixtures() {
    }

    static Overlay overlay(String name, String yaml) {
        return OverlayLoader.load(CatalogResource.text(name, yaml));
    }

    /** Loading the text as {@code utrecht.yaml} fails. */
    static CatalogException loadFailing(String utrechtYaml) {
        return catchCatalogException(() -> OverlayLoader.load(CatalogResource.text("utrecht.yaml", utrechtYaml)));
    }

    static CatalogException catchCatalogException(ThrowingCallable call) {
        CatalogException failure = catchThrowableOfType(CatalogException.class, call);
        assertThat(failure).as("expected a CatalogException").isNotNull();
        return failure;
    }
}
