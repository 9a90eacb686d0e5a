package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.SourceLocation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A set of local adaptations to one catalog, loaded from one overlay file.
 *
 * @param urn            the overlay's own identity
 * @param title          what it is, e.g. "Aanpassingen gemeente Utrecht"
 * @param target         URN of the catalog it adapts
 * @param source         the file it was loaded from
 * @param targetLocation where {@code target} stands in the file
 * @param parties        parties it adds to the vocabulary
 * @param partyLocations where each of its parties is defined in the file, by code
 * @param adaptations    changes to the target's measures
 * @param localMeasures  measures of its own
 * @param pillarChoices  who holds the bevoegd gezag of a pillar whose catalog names more than one
 * @param scenarioAdjustments measures added to or taken out of crisis scenarios' shipped mapping
 */
public record Overlay(String urn, String title, String target, String source, SourceLocation targetLocation,
                      List<Party> parties, Map<String, SourceLocation> partyLocations, List<Adaptation> adaptations,
                      List<LocalMeasure> localMeasures, List<PillarChoice> pillarChoices,
                      List<ScenarioAdjustment> scenarioAdjustments) {

    public Overlay {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(targetLocation, "targetLocation");
        parties = parties == null ? List.of() : List.copyOf(parties);
        partyLocations = partyLocations == null ? Map.of() : Map.copyOf(partyLocations);
        adaptations = adaptations == null ? List.of() : List.copyOf(adaptations);
        localMeasures = localMeasures == null ? List.of() : List.copyOf(localMeasures);
        pillarChoices = pillarChoices == null ? List.of() : List.copyOf(pillarChoices);
        scenarioAdjustments = scenarioAdjustments == null ? List.of() : List.copyOf(scenarioAdjustments);
    }

    public Overlay(String urn, String title, String target, String source, SourceLocation targetLocation,
                   List<Party> parties, Map<String, SourceLocation> partyLocations, List<Adaptation> adaptations,
                   List<LocalMeasure> localMeasures, List<PillarChoice> pillarChoices) {
        this(urn, title, target, source, targetLocation, parties, partyLocations, adaptations, localMeasures,
                pillarChoices, List.of());
    }

    public Overlay(String urn, String title, String target, String source, SourceLocation targetLocation,
                   List<Party> parties, Map<String, SourceLocation> partyLocations, List<Adaptation> adaptations,
                   List<LocalMeasure> localMeasures) {
        this(urn, title, target, source, targetLocation, parties, partyLocations, adaptations, localMeasures,
                List.of());
    }
}
