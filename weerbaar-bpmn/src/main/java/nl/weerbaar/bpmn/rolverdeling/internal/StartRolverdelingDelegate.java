package nl.weerbaar.bpmn.rolverdeling.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingProcess;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingStatus;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.routing.RecordedAgreements;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static nl.weerbaar.bpmn.rolverdeling.RolverdelingVariables.*;

/**
 * Checks what a rolverdeling starts with — a measure of the gemeente's catalog, a gemeente (not a region) with a
 * veiligheidsregio configured, and no other agreement on the measure being recorded — and fails the start
 * clearly otherwise; then sets who confirms for the gemeente (the bevoegd gezag of the measure's pillar), the
 * region that confirms, and the rolverdeling that holds now.
 */
public final class StartRolverdelingDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarRolverdelingStart";

    private final TenantCatalogs catalogs;
    private final RoleMapping roles;
    private final MeasureRoutes routes;

    public StartRolverdelingDelegate(TenantCatalogs catalogs, RoleMapping roles, MeasureRoutes routes) {
        this.catalogs = catalogs;
        this.roles = roles;
        this.routes = routes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String gemeente = execution.getTenantId();
        Object value = execution.getVariable(MEASURE_REF);
        if (!(value instanceof String ref) || ref.isBlank()) {
            throw refused("geef de maatregel mee in de variabele '" + MEASURE_REF + "', bijv. \"2.6\"");
        }
        if (routes.tenants().isRegion(gemeente)) {
            throw refused(gemeente + " is een veiligheidsregio; een rolverdeling legt de gemeente vast, in haar eigen"
                    + " omgeving, en de regio bevestigt haar");
        }
        String region = routes.tenants().regionOf(gemeente).orElseThrow(() -> refused("voor " + gemeente
                + " is geen veiligheidsregio ingesteld om de afspraak mee te maken (weerbaar.tenants[].region)"));
        EffectiveMeasure measure = catalogs.forTenant(gemeente).find(ref).orElseThrow(() -> refused("maatregel " + ref
                + " staat niet in de catalogus van " + gemeente));
        String businessKey = RecordedAgreements.businessKey(gemeente, ref);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(businessKey);
        }
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        runtime.createProcessInstanceQuery().processDefinitionKey(RolverdelingProcess.KEY).tenantIdIn(gemeente)
                .processInstanceBusinessKey(businessKey).active().list().stream()
                .filter(other -> !other.getId().equals(execution.getProcessInstanceId()))
                .filter(other -> !RecordedAgreements.IN_FORCE.equals(runtime.getVariable(other.getId(), STATUS)))
                .findFirst().ifPresent(other -> {
                    throw refused("voor maatregel " + ref + " wordt al een afspraak vastgelegd (procesinstantie "
                            + other.getId() + ")");
                });
        execution.setVariable(GEMEENTE, gemeente);
        execution.setVariable(REGION_TENANT, region);
        execution.setVariable(MEASURE_TITLE, measure.measure().title());
        execution.setVariable(CURRENT, routes.route(runtime, gemeente, ref).describe());
        execution.setVariable(AUTHORITY_GROUP, roles.group(Role.forAuthority(measure.authority())));
        execution.setVariable(STATUS, RolverdelingStatus.VASTLEGGEN.name());
    }

    private static ProcessEngineException refused(String why) {
        return new ProcessEngineException("Rolverdeling niet gestart: " + why);
    }
}
