package nl.weerbaar.spring.monitor.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.scenario.MappingBasis;
import nl.weerbaar.core.scenario.Scenario;
import nl.weerbaar.core.scenario.ScenarioMeasure;
import nl.weerbaar.core.scenario.Scenarios;
import nl.weerbaar.spring.monitor.MappedScenario;
import nl.weerbaar.spring.monitor.ScenarioMapping;

import java.util.ArrayList;
import java.util.Collection;
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
        Map<String, Scenarios.Adjustment> adjustments = scenarios.adjustments(catalog);
        List<MappedScenario> mapped = new ArrayList<>();
        for (Scenario scenario : scenarios.scenarios()) {
            Scenarios.Adjustment adjustment = adjustments.get(scenario.code());
            List<MappedScenario.Link> links = new ArrayList<>();
            for (String ref : scenarios.refs(scenario, catalog, adjustment)) {
                links.add(scenarios.link(scenario, ref).map(ShippedScenarioMapping::link).orElseGet(() ->
                        new MappedScenario.Link(ref, LOCAL, adjustment.added().get(ref).reason())));
            }
            String english = scenario.name(Locale.ENGLISH);
            mapped.add(new MappedScenario(scenario.code(), scenario.name(),
                    english.equals(scenario.name()) ? null : english, scenario.namedWhere(), List.copyOf(links)));
        }
        return mapped;
    }

    private static MappedScenario.Link link(ScenarioMeasure measure) {
        String reason = measure.basis() == MappingBasis.SOURCE
                ? "“" + measure.quote() + "”" + measure.findWhere().map(where -> " (" + where + ")").orElse("")
                : measure.reason();
        return new MappedScenario.Link(measure.ref(), measure.basis().name(), reason);
    }
}
