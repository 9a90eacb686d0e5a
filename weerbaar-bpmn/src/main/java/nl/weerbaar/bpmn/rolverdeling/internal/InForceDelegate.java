package nl.weerbaar.bpmn.rolverdeling.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.engine.RunningKey;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingProcessModel;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingStatus;
import nl.weerbaar.bpmn.routing.MeasureRoute;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.routing.RecordedAgreements;
import nl.weerbaar.bpmn.routing.RouteSource;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import nl.weerbaar.core.overlay.Rolverdeling;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.List;
import java.util.Optional;

import static nl.weerbaar.bpmn.rolverdeling.RolverdelingVariables.*;

/**
 * Puts an agreement both parties confirmed in force: the agreement it replaces ends, and the measure's running
 * lifecycle moves to the party that now carries it out — a gemeente's own lifecycle ends and the gemeente joins
 * its region's (started when none runs), or the gemeente leaves the region's and starts its own. A measure whose
 * lifecycle does not run yet follows the agreement when it starts. What was done is recorded in Dutch.
 * <p>
 * It runs right after the region's confirmation, under that region user's authentication: everything it does in
 * the gemeente's tenant runs without tenant checks, on the instances of this agreement's gemeente and measure.
 */
public final class InForceDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarRolverdelingVanKracht";

    private final TenantCatalogs catalogs;
    private final MeasureRoutes routes;

    public InForceDelegate(TenantCatalogs catalogs, MeasureRoutes routes) {
        this.catalogs = catalogs;
        this.routes = routes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        String gemeente = execution.getTenantId();
        String ref = (String) execution.getVariable(MEASURE_REF);
        CrossTenant.run(runtime, () -> {
            routes.recorded().inForce(runtime, gemeente, ref)
                    .filter(earlier -> !earlier.getId().equals(execution.getProcessInstanceId()))
                    .ifPresent(earlier -> runtime.createMessageCorrelation(RolverdelingProcessModel.REPLACE_MESSAGE)
                            .processInstanceId(earlier.getId()).correlate());
            execution.setVariable(STATUS, RolverdelingStatus.VAN_KRACHT.name());
            // The earlier agreement ended above; this one now holds the key of the one in force, which frees the
            // key of the one being recorded for the next agreement.
            RunningKey.change(execution, RecordedAgreements.inForceBusinessKey(gemeente, ref));
            MeasureRoute route = routes.routeFor(gemeente, ref, rolverdeling(execution), RouteSource.PROCES);
            execution.setVariable(HANDOVER_RESULT, handOver(runtime, route));
        });
    }

    private String handOver(RuntimeService runtime, MeasureRoute route) {
        MeasureLifecycle lifecycles = new MeasureLifecycle(runtime, routes);
        String gemeente = route.gemeente();
        String ref = route.ref();
        Optional<ProcessInstance> own = lifecycles.findOwn(gemeente, ref);
        Optional<ProcessInstance> regional = lifecycles.findActive(gemeente, ref)
                .filter(instance -> !instance.getTenantId().equals(gemeente));
        if (route.regionLed()) {
            String region = route.executingTenant();
            if (own.isPresent()) {
                Object status = runtime.getVariable(own.get().getId(), MeasureVariables.STATUS);
                runtime.deleteProcessInstance(own.get().getId(), "Overgedragen aan " + region + " volgens de"
                        + " rolverdeling '" + route.agreement().reference() + "' (stond op " + status + ")");
                ProcessInstance joined = lifecycles.joinRegion(gemeente, ref, region);
                lifecycles.describeServed(joined, ref, route);
                return "De levensloop van maatregel " + ref + " in " + gemeente + " is beëindigd en overgedragen: "
                        + region + " voert de maatregel nu voor " + gemeente + " uit (procesinstantie "
                        + joined.getId() + ").";
            }
            if (regional.isPresent()) {
                lifecycles.describeServed(regional.get(), ref, route);
                return region + " voert maatregel " + ref + " al voor " + gemeente + " uit.";
            }
            return "Maatregel " + ref + " loopt nog niet voor " + gemeente + "; als de levensloop start, voert "
                    + region + " hem uit.";
        }
        if (regional.isPresent()) {
            String region = regional.get().getTenantId();
            lifecycles.leaveRegion(gemeente, ref);
            ProcessInstance started = own.orElseGet(() -> lifecycles.startInOwnTenant(gemeente, ref));
            lifecycles.describeOwn(started, route);
            List<String> left = lifecycles.served(regional.get());
            return gemeente + " staat niet meer op de levensloop van " + region + "; de gemeente voert maatregel "
                    + ref + " nu zelf uit (procesinstantie " + started.getId() + ")."
                    + (left.isEmpty() ? " " + region + " voert de maatregel voor geen gemeente meer uit; beëindig"
                    + " die levensloop als de regio hem niet zelf houdt." : "");
        }
        own.ifPresent(instance -> lifecycles.describeOwn(instance, route));
        return "De levensloop van maatregel " + ref + " volgt de nieuwe rolverdeling.";
    }

    /** The agreement the instance recorded; the proposal's listener made sure the catalog knows its parties. */
    private Rolverdeling rolverdeling(DelegateExecution execution) {
        return routes.recorded().toRolverdeling(execution.getVariables(), catalogs.forTenant(execution.getTenantId()))
                .orElseThrow(() -> new IllegalStateException("the catalog of " + execution.getTenantId()
                        + " no longer knows a party of the agreement recorded in " + execution.getProcessInstanceId()));
    }
}
