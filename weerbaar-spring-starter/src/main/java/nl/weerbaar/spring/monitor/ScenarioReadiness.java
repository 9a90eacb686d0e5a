package nl.weerbaar.spring.monitor;

import java.util.List;

/**
 * How ready a gemeente is for one scenario: the measures that prepare for it and where each stands.
 *
 * @param scenario the scenario
 * @param counts   its measures by status; {@link StatusCounts#percentDone()} is its readiness
 * @param measures its measures as the gemeente has them, in the guide's order
 */
public record ScenarioReadiness(MappedScenario scenario, StatusCounts counts, List<MonitoredMeasure> measures) {

    public ScenarioReadiness {
        measures = List.copyOf(measures);
    }

    /** Where the link of a measure to the scenario comes from. */
    public MappedScenario.Link link(String ref) {
        return scenario.measures().stream().filter(l -> l.ref().equals(ref)).findFirst().orElse(null);
    }
}
