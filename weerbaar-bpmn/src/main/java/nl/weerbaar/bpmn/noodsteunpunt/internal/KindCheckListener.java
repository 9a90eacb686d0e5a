package nl.weerbaar.bpmn.noodsteunpunt.internal;

import nl.weerbaar.bpmn.forms.FormBinder;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntForms;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntVariables;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.List;
import java.util.Optional;

/**
 * Keeps each kind of noodsteunpunt with the one who sets it up: a local noodsteunpunt with the gemeente, a
 * coordinating (regional) one with the veiligheidsregio, in the region's tenant. A gemeente without a region
 * configured may record a coordinating one itself. Runs after the form's own validation; a refusal leaves the task
 * open.
 */
public final class KindCheckListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarNoodsteunpuntSoort";

    private final TenantDirectory tenants;

    public KindCheckListener(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public void notify(DelegateTask task) {
        Object kind = task.getVariable(NoodsteunpuntVariables.KIND);
        String tenant = task.getTenantId();
        if (tenants.isRegion(tenant) && NoodsteunpuntForms.Kind.LOCAAL.name().equals(kind)) {
            refuse("een lokaal noodsteunpunt richt de gemeente in, in haar eigen omgeving; de veiligheidsregio richt"
                    + " coördinerende noodsteunpunten in");
        }
        Optional<String> region = tenants.regionOf(tenant);
        if (region.isPresent() && NoodsteunpuntForms.Kind.COORDINEREND.name().equals(kind)) {
            refuse("een coördinerend noodsteunpunt richt de veiligheidsregio in, in de omgeving van " + region.get()
                    + "; kies een lokaal noodsteunpunt of vraag de veiligheidsregio het in te richten");
        }
    }

    private static void refuse(String message) {
        Class<NoodsteunpuntForms.LocationProposal> form = NoodsteunpuntForms.LocationProposal.class;
        throw new FormValidationException(form.getAnnotation(TaskForm.class).title(), List.of(new FormViolation(
                NoodsteunpuntVariables.KIND, FormBinder.label(form, NoodsteunpuntVariables.KIND), message)));
    }
}
