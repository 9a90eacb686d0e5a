package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.catalog.Provenance;
import nl.weerbaar.core.catalog.SourceLocation;
import nl.weerbaar.core.catalog.Translations;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A municipality's own measure, added by an overlay to a pillar of the target catalog. Its rank follows the
 * pillar's guide measures when the overlays are merged.
 */
public record LocalMeasure(String urn, String ref, int pillar, String title, String text, Set<Phase> phases,
                           List<String> responsible, List<String> partners, Map<String, Provenance> provenance,
                           Translations translations, SourceLocation location) {

    public LocalMeasure {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(location, "location");
        phases = phases == null || phases.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(phases));
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        partners = partners == null ? List.of() : List.copyOf(partners);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
        translations = translations == null ? Translations.none() : translations;
    }
}
