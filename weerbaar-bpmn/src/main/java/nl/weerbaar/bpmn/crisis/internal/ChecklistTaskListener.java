package nl.weerbaar.bpmn.crisis.internal;

import nl.weerbaar.bpmn.crisis.CrisisProcessModel;
import nl.weerbaar.bpmn.crisis.CrisisVariables;
import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.Map;
import java.util.Optional;

import static nl.weerbaar.bpmn.crisis.CrisisVariables.*;

/**
 * When a checklist task is created for one measure ({@link CrisisVariables#REF}), names the task after the
 * measure and gives it the measure's title, text and the checklist's phase from the tenant's catalog.
 * <p>
 * It also creates the form fields, empty, on the task's own execution: otherwise completing a task writes them
 * to the process instance, where parallel checklist tasks would overwrite one another's answers and the form
 * validation of one task would see the note given on another.
 */
public final class ChecklistTaskListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarCrisisChecklistTask";

    private static final Map<String, Phase> PHASES = Map.of(
            CrisisProcessModel.CHECKLIST_WARM_TOT_72U, Phase.WARM_TOT_72U,
            CrisisProcessModel.CHECKLIST_WARM_NA_72U, Phase.WARM_NA_72U,
            CrisisProcessModel.CHECKLIST_NAFASE, Phase.NAFASE);

    private final TenantCatalogs catalogs;

    public ChecklistTaskListener(TenantCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public void notify(DelegateTask task) {
        Phase phase = PHASES.get(task.getTaskDefinitionKey());
        if (phase == null) {
            throw new ProcessEngineException("task " + task.getTaskDefinitionKey() + " is not a crisis checklist");
        }
        String ref = (String) task.getVariable(REF);
        // The catalog may have changed since the start (an overlay reloaded before the 72-hour timer): the
        // checklist still opens rather than fail in the middle of a crisis.
        Optional<Measure> measure = catalogs.forTenant(task.getTenantId()).find(ref).map(EffectiveMeasure::measure);
        String title = measure.map(Measure::title).orElse("(staat niet meer in de catalogus)");
        task.setName("Maatregel " + ref + " afvinken: " + title);
        task.setVariableLocal(MEASURE_REF, ref);
        task.setVariableLocal(MEASURE_TITLE, title);
        task.setVariableLocal(MEASURE_TEXT, measure.map(Measure::text).orElse(""));
        task.setVariableLocal(PHASE, phase.label());
        task.getExecution().setVariableLocal(CHECKLIST_STATUS, null);
        task.getExecution().setVariableLocal(CHECKLIST_NOTE, null);
    }
}
