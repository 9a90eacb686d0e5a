package nl.weerbaar.bpmn.crisis.internal;

import nl.weerbaar.bpmn.crisis.CrisisForms;
import nl.weerbaar.bpmn.crisis.CrisisVariables;
import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.forms.FormBinder;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.List;

/**
 * Refuses an evaluation that names a measure the tenant's catalog does not have, naming the unknown refs. Runs
 * after the generic form validation, which cannot reach the catalog; like it, a refusal leaves the task open.
 */
public final class ReopenRefsValidationListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarCrisisCheckReopenRefs";

    private final TenantCatalogs catalogs;

    public ReopenRefsValidationListener(TenantCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public void notify(DelegateTask task) {
        EffectiveCatalog catalog = catalogs.forTenant(task.getTenantId());
        List<String> unknown = ReopenRefs.parse(task.getVariable(CrisisVariables.REOPEN_REFS)).stream()
                .filter(ref -> catalog.find(ref).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            Class<CrisisForms.Evaluation> form = CrisisForms.Evaluation.class;
            throw new FormValidationException(form.getAnnotation(TaskForm.class).title(), List.of(new FormViolation(
                    CrisisVariables.REOPEN_REFS, FormBinder.label(form, CrisisVariables.REOPEN_REFS),
                    (unknown.size() == 1 ? "deze maatregel staat" : "deze maatregelen staan") + " niet in de"
                            + " catalogus van " + task.getTenantId() + ": " + String.join(", ", unknown))));
        }
    }
}
