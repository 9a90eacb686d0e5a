package nl.weerbaar.core.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The crisis scenarios for one catalog: the measures every scenario calls on (the guide's all-hazard approach) and
 * those each scenario adds, every link with where it comes from.
 *
 * @param urn       the file's own identity
 * @param version   its version, raised on every change of a link
 * @param catalog   the URN of the catalog whose measures it names
 * @param title     what it is
 * @param source    what it was read from
 * @param notes     editorial notes
 * @param common    the measures on every scenario's checklists
 * @param scenarios the scenarios, in the file's order
 */
public record Scenarios(String urn, int version, String catalog, String title, String source, List<String> notes,
                        List<ScenarioMeasure> common, List<Scenario> scenarios) {

    public Scenarios {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(catalog, "catalog");
        notes = notes == null ? List.of() : List.copyOf(notes);
        common = common == null ? List.of() : List.copyOf(common);
        scenarios = List.copyOf(scenarios);
    }

    /** The scenario with this code or former code. */
    public Optional<Scenario> find(String codeOrAlias) {
        return scenarios.stream().filter(s -> s.knownAs(codeOrAlias)).findFirst();
    }

    /** The refs of every measure the scenario calls on: the common ones, then its own. */
    public Set<String> refs(Scenario scenario) {
        Set<String> refs = new LinkedHashSet<>();
        common.forEach(m -> refs.add(m.ref()));
        scenario.measures().forEach(m -> refs.add(m.ref()));
        return refs;
    }

    /** The link of a measure to the scenario — its own or a common one — if it calls on the measure. */
    public Optional<ScenarioMeasure> link(Scenario scenario, String ref) {
        return scenario.measures().stream().filter(m -> m.ref().equals(ref)).findFirst()
                .or(() -> common.stream().filter(m -> m.ref().equals(ref)).findFirst());
    }

    /** Whether the scenarios name this catalog's measures. */
    public boolean covers(String catalogUrn) {
        return catalog.equals(catalogUrn);
    }

    /** Every scenario as {@code CODE (name)}, for messages that say what is accepted. */
    public String choices() {
        return scenarios.stream().map(s -> s.code() + " (" + s.name() + ")").collect(Collectors.joining(", "));
    }
}
