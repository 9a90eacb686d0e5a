package nl.weerbaar.core.catalog.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.util.List;

/**
 * File format of a catalog. The three lists are read element by element (see {@link DocumentReader}) and
 * checked by {@link CatalogRules}, so they are set with {@link #withLists}.
 */
public record CatalogDocument(
        @NotBlank @Pattern(regexp = FormatPatterns.CATALOG_URN, message = FormatPatterns.CATALOG_URN_MESSAGE)
        String urn,
        @NotNull @Min(1) Integer version,
        @NotBlank String title,
        @NotBlank String publisher,
        @NotNull LocalDate published,
        @NotBlank @Pattern(regexp = FormatPatterns.LOCALE, message = FormatPatterns.LOCALE_MESSAGE) String locale,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String source,
        List<@NotBlank String> notes,
        @Min(0) Integer mostCrucialRanks,
        List<PillarDocument> pillars,
        List<PartyDocument> parties,
        List<MeasureDocument> measures) {

    /** An otherwise empty header that knows the file's URN, for checks when the header could not be read. */
    static CatalogDocument onlyUrn(String urn) {
        return new CatalogDocument(urn, null, null, null, null, null, null, null, null, null, null, null);
    }

    public CatalogDocument withLists(List<PillarDocument> pillarList, List<PartyDocument> partyList,
                                     List<MeasureDocument> measureList) {
        return new CatalogDocument(urn, version, title, publisher, published, locale, source, notes,
                mostCrucialRanks, pillarList, partyList, measureList);
    }
}
