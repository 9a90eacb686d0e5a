package nl.weerbaar.core.scenario;

import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.Overlay;
import nl.weerbaar.core.overlay.ScenarioAdjustment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * The refs of every measure the scenario calls on in a gemeente: the shipped ones of its catalog, less those its
     * overlays' {@code scenarios} adjustments take out, plus those they add (a measure of the catalog or a local one).
     *
     * @throws CatalogException as {@link #adjustments(EffectiveCatalog)}
     */
    public Set<String> refs(Scenario scenario, EffectiveCatalog catalog) {
        return refs(scenario, catalog, adjustments(catalog).get(scenario.code()));
    }

    /**
     * As {@link #refs(Scenario, EffectiveCatalog)}, with the scenario's entry of {@link #adjustments} already read
     * ({@code null}: not adjusted).
     */
    public Set<String> refs(Scenario scenario, EffectiveCatalog catalog, Adjustment adjustment) {
        Set<String> refs = new LinkedHashSet<>();
        refs(scenario).stream().filter(ref -> catalog.find(ref).isPresent()).forEach(refs::add);
        if (adjustment != null) {
            refs.removeAll(adjustment.removed().keySet());
            refs.addAll(adjustment.added().keySet());
        }
        return refs;
    }

    /**
     * The gemeente's overlays' {@code scenarios} adjustments, merged per scenario code (an alias counts as its
     * scenario); where two overlays add or take out the same measure, the first one's reason stands.
     *
     * @throws CatalogException naming file and line of an adjustment of an unknown scenario, of a measure added that
     *                          the scenario calls on already, or of a measure taken out that it does not call on
     */
    public Map<String, Adjustment> adjustments(EffectiveCatalog catalog) {
        Map<String, Map<String, ScenarioAdjustment.Change>> added = new HashMap<>();
        Map<String, Map<String, ScenarioAdjustment.Change>> removed = new HashMap<>();
        List<CatalogViolation> violations = new ArrayList<>();
        for (Overlay overlay : catalog.overlays()) {
            for (ScenarioAdjustment adjustment : overlay.scenarioAdjustments()) {
                Scenario scenario = find(adjustment.scenario()).orElse(null);
                if (scenario == null) {
                    violations.add(new CatalogViolation(adjustment.location(), null, "scenarios", "overlay "
                            + overlay.urn() + " adjusts unknown scenario '" + adjustment.scenario() + "'; known: "
                            + choices()));
                    continue;
                }
                Set<String> shipped = refs(scenario);
                for (ScenarioAdjustment.Change change : adjustment.add()) {
                    if (shipped.contains(change.ref())) {
                        violations.add(new CatalogViolation(change.location(), change.ref(), "scenarios", "scenario "
                                + scenario.code() + " calls on measure " + change.ref() + " already; nothing to add"));
                    } else {
                        added.computeIfAbsent(scenario.code(), code -> new LinkedHashMap<>())
                                .putIfAbsent(change.ref(), change);
                    }
                }
                for (ScenarioAdjustment.Change change : adjustment.remove()) {
                    if (!shipped.contains(change.ref())) {
                        violations.add(new CatalogViolation(change.location(), change.ref(), "scenarios", "scenario "
                                + scenario.code() + " does not call on measure " + change.ref()
                                + "; nothing to take out"));
                    } else {
                        removed.computeIfAbsent(scenario.code(), code -> new LinkedHashMap<>())
                                .putIfAbsent(change.ref(), change);
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new CatalogException(violations);
        }
        Map<String, Adjustment> byCode = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>(added.keySet());
        codes.addAll(removed.keySet());
        codes.forEach(code -> byCode.put(code, new Adjustment(added.getOrDefault(code, Map.of()),
                removed.getOrDefault(code, Map.of()))));
        return Map.copyOf(byCode);
    }

    /**
     * A gemeente's adjustment of one scenario, from all its overlays.
     *
     * @param added   the measures added, by ref, with the first overlay's reason
     * @param removed the shipped measures taken out, by ref, with the first overlay's reason
     */
    public record Adjustment(Map<String, ScenarioAdjustment.Change> added,
                             Map<String, ScenarioAdjustment.Change> removed) {

        public Adjustment {
            added = Collections.unmodifiableMap(new LinkedHashMap<>(added));
            removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
        }
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
