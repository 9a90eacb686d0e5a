package nl.weerbaar.bpmn.noodsteunpunt.internal;

import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntForms;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntVariables;
import nl.weerbaar.bpmn.noodsteunpunt.Noodsteunpunten;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Keeps the noodsteunpunt's name without surrounding spaces (its start rule checked it and gave the instance the key
 * {@code <tenant>:noodsteunpunt:<name>} that {@link Noodsteunpunten} looks for) and decides who does what by the tenant it runs in: in a gemeente's, a local noodsteunpunt of the AOV-adviseur,
 * assessed by the veiligheidsregio and declared by the burgemeester; in a veiligheidsregio's, a coordinating
 * noodsteunpunt of the region's people, assessed by its director and declared by its bestuur.
 */
public final class StartNoodsteunpuntListener implements ExecutionListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarStartNoodsteunpunt";

    private final RoleMapping roles;
    private final TenantDirectory tenants;

    public StartNoodsteunpuntListener(RoleMapping roles, TenantDirectory tenants) {
        this.roles = roles;
        this.tenants = tenants;
    }

    @Override
    public void notify(DelegateExecution execution) {
        // The start rule (NoodsteunpuntStartCheck) has checked the name and set the business key.
        execution.setVariable(NoodsteunpuntVariables.NAME,
                ((String) execution.getVariable(NoodsteunpuntVariables.NAME)).strip());
        boolean region = tenants.isRegion(execution.getTenantId());
        execution.setVariable(NoodsteunpuntVariables.WORK_GROUP,
                roles.group(region ? Role.VEILIGHEIDSREGIO : Role.AOV_ADVISEUR));
        execution.setVariable(NoodsteunpuntVariables.ASSESSOR_GROUP,
                roles.group(region ? Role.VEILIGHEIDSREGIO_DIRECTEUR : Role.VEILIGHEIDSREGIO));
        execution.setVariable(NoodsteunpuntVariables.DECLARER_GROUP,
                roles.group(region ? Role.VEILIGHEIDSREGIO_BESTUUR : Role.BURGEMEESTER));
        if (region) {
            execution.setVariable(NoodsteunpuntVariables.KIND, NoodsteunpuntForms.Kind.COORDINEREND.name());
        }
    }
}
