package nl.weerbaar.bpmn.crisis.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.crisis.CrisisProcess;
import nl.weerbaar.bpmn.crisis.CrisisScenario;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Measures;
import nl.weerbaar.core.catalog.Phase;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.ArrayList;
import java.util.List;

import static nl.weerbaar.bpmn.crisis.CrisisVariables.*;

/**
 * Checks the start — a known scenario and a business key, since the end message is correlated by it; that no other
 * crisis of the tenant runs under the key the engine guarantees ({@code CrisisProcess#startRule()}) — and stores, per phase, the refs of the tenant's applicable measures that
 * apply in that phase, in the guide's order. Throwing here refuses the start: nothing is created.
 */
public final class LoadCrisisMeasuresDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarLoadCrisisMeasures";

    private final TenantCatalogs catalogs;

    public LoadCrisisMeasuresDelegate(TenantCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object name = execution.getVariable(SCENARIO);
        CrisisScenario scenario = CrisisScenario.find(name).orElseThrow(() -> new ProcessEngineException(
                "Crisis niet gestart: " + (name == null || name.toString().isBlank()
                        ? "geef het scenario mee in de variabele '" + SCENARIO + "'"
                        : "onbekend scenario '" + name + "'") + "; kies uit " + CrisisScenario.choices()));
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            throw new ProcessEngineException("Crisis niet gestart: geef een business key mee (bijv. "
                    + execution.getTenantId() + ":stroomuitval-2026-01); het einde van de crisis wordt daarop"
                    + " gecorreleerd");
        }
        Measures applicable = catalogs.forTenant(execution.getTenantId()).applicableMeasures();
        execution.setVariable(SCENARIO_LABEL, scenario.label());
        execution.setVariable(REFS_WARM_TOT_72U, refs(applicable, Phase.WARM_TOT_72U));
        execution.setVariable(REFS_WARM_NA_72U, refs(applicable, Phase.WARM_NA_72U));
        execution.setVariable(REFS_NAFASE, refs(applicable, Phase.NAFASE));
    }

    /** An ArrayList, because the engine stores the multi-instance collection as a serialized Java object. */
    private static List<String> refs(Measures measures, Phase phase) {
        return new ArrayList<>(measures.inPhase(phase).stream().map(Measure::ref).toList());
    }
}
