package nl.weerbaar.core.overlay.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import nl.weerbaar.core.catalog.internal.FormatPatterns;
import nl.weerbaar.core.catalog.internal.PartyDocument;

import java.util.List;

/** File format of an overlay; the lists are read element by element and set with {@link #withLists}. */
public record OverlayDocument(
        @NotBlank @Pattern(regexp = FormatPatterns.CATALOG_URN, message = FormatPatterns.CATALOG_URN_MESSAGE)
        String urn,
        @NotBlank String title,
        @NotBlank @Pattern(regexp = FormatPatterns.CATALOG_URN, message = FormatPatterns.CATALOG_URN_MESSAGE)
        String target,
        List<PartyDocument> parties,
        List<AdaptationDocument> measures,
        List<LocalMeasureDocument> localMeasures,
        List<PillarChoiceDocument> pillars,
        List<ScenarioAdjustmentDocument> scenarios) {

    /** An otherwise empty header that knows the file's URN, for checks when the header could not be read. */
    static OverlayDocument onlyUrn(String urn) {
        return new OverlayDocument(urn, null, null, null, null, null, null, null);
    }

    OverlayDocument withLists(List<PartyDocument> partyList, List<AdaptationDocument> adaptations,
                              List<LocalMeasureDocument> locals, List<PillarChoiceDocument> pillarList,
                              List<ScenarioAdjustmentDocument> scenarioList) {
        return new OverlayDocument(urn, title, target, partyList, adaptations, locals, pillarList, scenarioList);
    }
}
