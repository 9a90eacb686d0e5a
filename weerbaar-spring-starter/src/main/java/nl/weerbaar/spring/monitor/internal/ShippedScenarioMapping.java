package nl.weerbaar.spring.monitor.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.Overlay;
import nl.weerbaar.core.overlay.ScenarioAdjustment;
import nl.weerbaar.core.scenario.MappingBasis;
import nl.weerbaar.core.scenario.Scenario;
import nl.weerbaar.core.scenario.ScenarioMeasure;
import nl.weerbaar.core.scenario.Scenarios;
import nl.weerbaar.spring.monitor.MappedScenario;
import nl.weerbaar.spring.monitor.ScenarioMapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped scenario file ({@code weerbaar/scenarios/vng-2025-scenarios.yaml}) as it holds for a gemeente: the
 * common measures and the scenario's own, each with its provenance (a quote read in the guide, or the editors'
 * reason), then the gemeente's overlays' {@code scenarios} adjustments — measures taken out, measures added with the
 * gemeente's reason ({@code LOCAL}). Only measures of the gemeente's effective catalog appear.
 */
public final class ShippedScenarioMapping implements ScenarioMapping {

    /** The basis of a link the gemeente's overlay added. */
    public static final String LOCAL = "LOCAL";

    private final Scenarios scenarios;
    private final TenantCatalogs catalogs;

    public ShippedScenarioMapping(Scenarios scenarios, TenantCatalogs catalogs) {
        this.scenarios = scenarios;
        this.catalogs = catalogs;
    }

    /**
     * Applies every tenant's adjustments once, so an overlay naming an unknown scenario, or two overlays of one
     * gemeente that disagree, stop the application at start-up with every violation rather than on a page.
     */
    public ShippedScenarioMapping check(Collection<String> tenantIds) {
        List<CatalogViolation> violations = new ArrayList<>();
        for (String tenantId : tenantIds) {
            try {
                scenarios(tenantId);
            } catch (CatalogException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new CatalogException(violations);
        }
        return this;
    }

    @Override
    public List<MappedScenario> scenarios(String tenantId) {
        EffectiveCatalog catalog = catalogs.forTenant(tenantId);
        if (!scenarios.covers(catalog.urn())) {
            return List.of();
        }
        Map<String, Adjusted> adjustments = adjustments(catalog);
        List<MappedScenario> mapped = new ArrayList<>();
        for (Scenario scenario : scenarios.scenarios()) {
            Map<String, MappedScenario.Link> links = new LinkedHashMap<>();
            for (String ref : scenarios.refs(scenario)) {
                if (catalog.find(ref).isPresent()) {
                    scenarios.link(scenario, ref).ifPresent(link -> links.put(ref, link(link)));
                }
            }
            Adjusted adjusted = adjustments.get(scenario.code());
            if (adjusted != null) {
                adjusted.removed.keySet().forEach(links::remove);
                adjusted.added.forEach((ref, change) -> links.putIfAbsent(ref,
                        new MappedScenario.Link(ref, LOCAL, change.reason())));
            }
            String english = scenario.name(Locale.ENGLISH);
            mapped.add(new MappedScenario(scenario.code(), scenario.name(),
                    english.equals(scenario.name()) ? null : english, scenario.namedWhere(),
                    List.copyOf(links.values())));
        }
        return mapped;
    }

    private static MappedScenario.Link link(ScenarioMeasure measure) {
        String reason = measure.basis() == MappingBasis.SOURCE
                ? "“" + measure.quote() + "”" + measure.findWhere().map(where -> " (" + where + ")").orElse("")
                : measure.reason();
        return new MappedScenario.Link(measure.ref(), measure.basis().name(), reason);
    }

    /** The overlays' adjustments by scenario code; scenario codes and disagreements between overlays checked. */
    private Map<String, Adjusted> adjustments(EffectiveCatalog catalog) {
        Map<String, Adjusted> byCode = new HashMap<>();
        List<CatalogViolation> violations = new ArrayList<>();
        for (Overlay overlay : catalog.overlays()) {
            for (ScenarioAdjustment adjustment : overlay.scenarioAdjustments()) {
                Scenario scenario = scenarios.find(adjustment.scenario()).orElse(null);
                if (scenario == null) {
                    violations.add(new CatalogViolation(adjustment.location(), null, "scenarios", "overlay "
                            + overlay.urn() + " adjusts unknown scenario '" + adjustment.scenario() + "'; known: "
                            + scenarios.choices()));
                    continue;
                }
                Adjusted adjusted = byCode.computeIfAbsent(scenario.code(), code -> new Adjusted());
                for (ScenarioAdjustment.Change change : adjustment.add()) {
                    conflict(adjusted.removed.get(change.ref()), change, scenario, violations);
                    adjusted.added.putIfAbsent(change.ref(), change);
                }
                for (ScenarioAdjustment.Change change : adjustment.remove()) {
                    conflict(adjusted.added.get(change.ref()), change, scenario, violations);
                    adjusted.removed.putIfAbsent(change.ref(), change);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new CatalogException(violations);
        }
        return byCode;
    }

    private static void conflict(ScenarioAdjustment.Change other, ScenarioAdjustment.Change change, Scenario scenario,
                                 List<CatalogViolation> violations) {
        if (other != null) {
            violations.add(new CatalogViolation(change.location(), change.ref(), "scenarios", "conflicting overlays:"
                    + " measure " + change.ref() + " is added to and removed from scenario " + scenario.code()
                    + " (also at " + other.location().source() + ":" + other.location().line() + ")"));
        }
    }

    private static final class Adjusted {
        private final Map<String, ScenarioAdjustment.Change> added = new LinkedHashMap<>();
        private final Map<String, ScenarioAdjustment.Change> removed = new LinkedHashMap<>();
    }
}
