package nl.weerbaar.bpmn.rolverdeling.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingStatus;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static nl.weerbaar.bpmn.rolverdeling.RolverdelingVariables.*;

/**
 * Sets, once {@link RolverdelingStartCheck#gemeente} accepted the start, who confirms for the gemeente (the bevoegd
 * gezag of the measure's pillar), the region that confirms, and the rolverdeling that holds now.
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
        String ref = (String) execution.getVariable(MEASURE_REF);
        // RolverdelingStartCheck.gemeente refused a start without either.
        String region = routes.tenants().regionOf(gemeente).orElseThrow();
        EffectiveMeasure measure = catalogs.forTenant(gemeente).find(ref).orElseThrow();
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        execution.setVariable(GEMEENTE, gemeente);
        execution.setVariable(REGION_TENANT, region);
        execution.setVariable(MEASURE_TITLE, measure.measure().title());
        execution.setVariable(CURRENT, routes.route(runtime, gemeente, ref).describe());
        execution.setVariable(AUTHORITY_GROUP, roles.group(Role.forAuthority(measure.authority())));
        execution.setVariable(STATUS, RolverdelingStatus.VASTLEGGEN.name());
    }
}
