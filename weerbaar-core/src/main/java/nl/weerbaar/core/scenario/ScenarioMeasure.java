package nl.weerbaar.core.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * One measure a scenario calls on, and where that link comes from.
 *
 * @param ref    the measure's ref in the catalog
 * @param basis  read in the guide, or the editors' judgement
 * @param quote  for {@link MappingBasis#SOURCE}: the guide's words that make the link
 * @param where  for a quote from outside the measure's own text: where in the guide it stands; {@code null} when
 *               the quote is from the measure's text (then the loader checks it is there)
 * @param reason for {@link MappingBasis#EDITORIAL}: why the measure belongs to the scenario
 */
public record ScenarioMeasure(String ref, MappingBasis basis, String quote, String where, String reason) {

    public ScenarioMeasure {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(basis, "basis");
        if (basis == MappingBasis.SOURCE && (quote == null || quote.isBlank())) {
            throw new IllegalArgumentException("measure " + ref + ": a link read in the guide needs its quote");
        }
        if (basis == MappingBasis.EDITORIAL && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("measure " + ref + ": an editorial link needs its reason");
        }
    }

    /** Where the quote stands, when not in the measure's own text. */
    public Optional<String> findWhere() {
        return Optional.ofNullable(where);
    }
}
