package nl.weerbaar.bpmn.crisis.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import nl.weerbaar.core.scenario.Scenario;
import nl.weerbaar.core.scenario.Scenarios;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static nl.weerbaar.bpmn.crisis.CrisisVariables.*;

/**
 * Checks the start — a known scenario, a business key (the end message is correlated by it; that no other crisis
 * of the tenant runs under it the engine guarantees, {@link nl.weerbaar.bpmn.crisis.CrisisProcess#startRule()}) and a disruption start that
 * is not in the future — and stores, per phase, the refs of the tenant's applicable measures that apply in that
 * phase and that the scenario calls on there (the shipped mapping as the gemeente's overlays adjust it), in the guide's order, and when the checklist for after 72 hours opens. Throwing here refuses the start: nothing is created.
 */
public final class LoadCrisisMeasuresDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarLoadCrisisMeasures";

    /** The guide's boundary between the warm phase before and after 72 hours. */
    public static final Duration WARM_PHASE_BOUNDARY = Duration.ofHours(72);
    /** How far a disruption start may lie ahead of the engine's clock: the clocks of other systems differ a little. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final TenantCatalogs catalogs;
    private final Scenarios scenarios;
    private final ZoneId zone;

    public LoadCrisisMeasuresDelegate(TenantCatalogs catalogs, Scenarios scenarios, ZoneId zone) {
        this.catalogs = catalogs;
        this.scenarios = scenarios;
        this.zone = zone;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object name = execution.getVariable(SCENARIO);
        Scenario scenario = (name instanceof String code ? scenarios.find(code.strip()) : java.util.Optional.<Scenario>empty())
                .orElseThrow(() -> new StartRefusedException("Crisis niet gestart: " + (name == null
                        || name.toString().isBlank() ? "geef het scenario mee in de variabele '" + SCENARIO + "'"
                        : "onbekend scenario '" + name + "'") + "; kies uit " + scenarios.choices()));
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            throw new StartRefusedException("Crisis niet gestart: geef een business key mee (bijv. "
                    + execution.getTenantId() + ":stroomuitval-2026-01); het einde van de crisis wordt daarop"
                    + " gecorreleerd");
        }
        Instant start = disruptionStart(execution.getVariable(DISRUPTION_START));

        EffectiveCatalog catalog = catalogs.forTenant(execution.getTenantId());
        Set<String> called = scenarios.refs(scenario, catalog);
        boolean mapped = scenarios.covers(catalog.urn());
        List<Measure> checklist = catalog.measures().stream().filter(EffectiveMeasure::applicable)
                .filter(m -> !mapped || m.local() || called.contains(m.ref()))
                .map(EffectiveMeasure::measure).toList();
        execution.setVariable(SCENARIO, scenario.code());
        execution.setVariable(SCENARIO_LABEL, scenario.name());
        execution.setVariable(DISRUPTION_START, Date.from(start));
        execution.setVariable(WARM_NA_72U_AT, Date.from(start.plus(WARM_PHASE_BOUNDARY)));
        execution.setVariable(REFS_WARM_TOT_72U, refs(checklist, Phase.WARM_TOT_72U));
        execution.setVariable(REFS_WARM_NA_72U, refs(checklist, Phase.WARM_NA_72U));
        execution.setVariable(REFS_NAFASE, refs(checklist, Phase.NAFASE));
        execution.setVariable(DECISION_LOG, new ArrayList<>());
    }

    /**
     * When the disruption began: as given — a Date, or ISO 8601 text with or without a zone (then the settings'
     * zone) — or now; never in the future.
     */
    private Instant disruptionStart(Object value) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (value == null || value.toString().isBlank()) {
            return now;
        }
        Instant start;
        if (value instanceof Date date) {
            start = date.toInstant();
        } else {
            String text = value.toString().strip();
            try {
                start = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException withoutZone) {
                try {
                    start = LocalDateTime.parse(text).atZone(zone).toInstant();
                } catch (DateTimeParseException notAMoment) {
                    throw new StartRefusedException("Crisis niet gestart: '" + DISRUPTION_START + "' is geen tijdstip"
                            + " (bijv. 2026-01-05T06:30+01:00): " + text);
                }
            }
        }
        if (start.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new StartRefusedException("Crisis niet gestart: het begin van de verstoring (" + start.atZone(zone)
                    .toOffsetDateTime() + ") ligt in de toekomst");
        }
        return start;
    }

    /** An ArrayList, because the engine stores the multi-instance collection as a serialized Java object. */
    private static List<String> refs(List<Measure> measures, Phase phase) {
        return new ArrayList<>(measures.stream().filter(m -> m.appliesIn(phase)).map(Measure::ref).toList());
    }
}
