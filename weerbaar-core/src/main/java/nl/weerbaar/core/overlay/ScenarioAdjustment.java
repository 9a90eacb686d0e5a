package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.SourceLocation;

import java.util.List;
import java.util.Objects;

/**
 * A gemeente's adjustment of which measures prepare it for one crisis scenario: measures it adds to the shipped
 * mapping and measures it takes out, each with its reason. Which scenario codes exist is checked where the scenarios
 * are known, against the scenario file.
 *
 * @param scenario the scenario's code, e.g. {@code LANGDURIGE_STROOMUITVAL}
 * @param add      measures the scenario calls on here besides the shipped ones
 * @param remove   shipped measures the scenario does not call on here
 * @param location where the adjustment stands in the overlay file
 */
public record ScenarioAdjustment(String scenario, List<Change> add, List<Change> remove, SourceLocation location) {

    public ScenarioAdjustment {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(location, "location");
        add = add == null ? List.of() : List.copyOf(add);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }

    /**
     * One measure added or taken out.
     *
     * @param ref      a measure of the effective catalog: the guide's or the gemeente's own
     * @param reason   why, in the gemeente's words
     * @param location where it stands in the overlay file
     */
    public record Change(String ref, String reason, SourceLocation location) {

        public Change {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(location, "location");
        }
    }
}
