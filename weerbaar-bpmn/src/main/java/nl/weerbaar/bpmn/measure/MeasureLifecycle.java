package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.measure.internal.LoadMeasureDelegate;
import nl.weerbaar.bpmn.measure.internal.MeasureStartCheck;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.routing.MeasureRoute;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts the lifecycle of a measure for a gemeente — at most one active per gemeente and measure, found by its
 * business key {@code <tenant>:<ref>} — where its rolverdeling says: in the gemeente's tenant, or, for a measure
 * the veiligheidsregio leads, in the region's, where one lifecycle (business key {@code <region>:<ref>}) serves
 * every member gemeente that agreed so. The engine guarantees the "at most one" for every way a lifecycle starts
 * ({@link MeasureProcess#startRule()}); this class finds the running one and says so in the refusal.
 */
public final class MeasureLifecycle {

    private final RuntimeService runtime;
    private final MeasureRoutes routes;

    /** Without rolverdeling: every lifecycle runs in the tenant it is started for. */
    public MeasureLifecycle(RuntimeService runtime) {
        this(runtime, null);
    }

    /** Routed: a region-led measure runs in the region's tenant. */
    public MeasureLifecycle(RuntimeService runtime, MeasureRoutes routes) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.routes = routes;
    }

    /** The business key of a measure's lifecycle in a tenant. */
    public static String businessKey(String tenantId, String measureRef) {
        return tenantId + ":" + measureRef;
    }

    /**
     * The running lifecycle (suspended or not) that works the measure for the tenant: its own, or the one of its
     * region that serves it.
     */
    public Optional<ProcessInstance> findActive(String tenantId, String measureRef) {
        Optional<ProcessInstance> own = own(tenantId, measureRef);
        if (own.isPresent() || routes == null) {
            return own;
        }
        return routes.tenants().regionOf(tenantId).flatMap(region -> CrossTenant.call(runtime,
                () -> own(region, measureRef).filter(regional -> served(regional).contains(tenantId))));
    }

    /**
     * Starts the measure's lifecycle for the tenant. A region-led measure joins the region's lifecycle when one
     * runs, and starts it otherwise.
     *
     * @throws AlreadyStartedException when one is running for the tenant already, or is being started at this moment
     * @throws ProcessEngineException  when the tenant's catalog has no such measure
     *                                 ({@link nl.weerbaar.bpmn.process.StartRefusedException} from the start rule)
     */
    public ProcessInstance start(String tenantId, String measureRef) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(measureRef, "measureRef");
        own(tenantId, measureRef).ifPresent(active -> {
            throw new AlreadyStartedException(tenantId, measureRef, active.getId());
        });
        MeasureRoute route = route(tenantId, measureRef);
        if (route == null || !route.regionLed()) {
            return startIn(tenantId, measureRef, List.of());
        }
        String region = route.executingTenant();
        return CrossTenant.call(runtime, () -> {
            Optional<ProcessInstance> regional = own(region, measureRef);
            if (regional.isPresent() && served(regional.get()).contains(tenantId)) {
                throw new AlreadyStartedException(tenantId, measureRef, regional.get().getId(), region);
            }
            return joinRegion(tenantId, measureRef, region);
        });
    }

    /**
     * Takes the gemeente off the region's lifecycle of the measure, e.g. when a new rolverdeling gives the measure
     * back to the gemeente. Returns the region's lifecycle it was on, if it was on one.
     */
    public Optional<ProcessInstance> leaveRegion(String gemeente, String measureRef) {
        if (routes == null) {
            return Optional.empty();
        }
        return routes.tenants().regionOf(gemeente).flatMap(region -> CrossTenant.call(runtime, () -> {
            Optional<ProcessInstance> regional = own(region, measureRef)
                    .filter(instance -> served(instance).contains(gemeente));
            regional.ifPresent(instance -> {
                List<String> served = served(instance);
                served.remove(gemeente);
                setServed(instance, measureRef, served);
            });
            return regional;
        }));
    }

    /**
     * Puts the gemeente on its region's lifecycle of the measure, starting that lifecycle when none runs, whatever
     * the rolverdeling in force says: for an agreement about to take effect. Returns the region's lifecycle.
     */
    public ProcessInstance joinRegion(String gemeente, String measureRef, String region) {
        return CrossTenant.call(runtime, () -> {
            Optional<ProcessInstance> regional = own(region, measureRef);
            if (regional.isEmpty()) {
                return startIn(region, measureRef, List.of(gemeente));
            }
            List<String> served = served(regional.get());
            if (!served.contains(gemeente)) {
                served.add(gemeente);
                setServed(regional.get(), measureRef, served);
            }
            return regional.get();
        });
    }

    /**
     * Describes again for whom the region's lifecycle works, taking one gemeente's route as given: one about to take
     * effect in the same transaction, which the engine's queries do not see yet.
     */
    public void describeServed(ProcessInstance regional, String measureRef, MeasureRoute fresh) {
        CrossTenant.run(runtime, () -> runtime.setVariable(regional.getId(), MeasureVariables.ROLVERDELING,
                LoadMeasureDelegate.describeServed(runtime, routes, measureRef, served(regional), fresh)));
    }

    /**
     * Records on a gemeente's own lifecycle the route it now follows — who is eindverantwoordelijk, who supports,
     * the agreement — for a route about to take effect in the same transaction.
     */
    public void describeOwn(ProcessInstance own, MeasureRoute route) {
        CrossTenant.run(runtime, () -> {
            runtime.setVariable(own.getId(), MeasureVariables.EXECUTED_BY, route.executor().name());
            runtime.setVariable(own.getId(), MeasureVariables.RESPONSIBLE, route.responsible().name());
            runtime.setVariable(own.getId(), MeasureVariables.PARTNERS, route.supporting().isEmpty() ? "–"
                    : String.join(", ", route.supporting().stream().map(p -> p.name()).toList()));
            runtime.setVariable(own.getId(), MeasureVariables.ROLVERDELING, route.describe());
        });
    }

    /** Starts the measure's lifecycle in the tenant itself, whatever the rolverdeling says. */
    public ProcessInstance startInOwnTenant(String tenantId, String measureRef) {
        own(tenantId, measureRef).ifPresent(active -> {
            throw new AlreadyStartedException(tenantId, measureRef, active.getId());
        });
        return startIn(tenantId, measureRef, List.of());
    }

    /** The tenant's own active lifecycle of the measure, not its region's. */
    public Optional<ProcessInstance> findOwn(String tenantId, String measureRef) {
        return own(tenantId, measureRef);
    }

    /** The member gemeenten a region's lifecycle serves; empty for a gemeente's own. */
    public List<String> served(ProcessInstance instance) {
        Object served = CrossTenant.call(runtime,
                () -> runtime.getVariable(instance.getId(), MeasureVariables.SERVED_GEMEENTEN));
        List<String> gemeenten = new ArrayList<>();
        if (served instanceof Collection<?> collection) {
            collection.forEach(g -> gemeenten.add(String.valueOf(g)));
        }
        return gemeenten;
    }

    private void setServed(ProcessInstance regional, String measureRef, List<String> served) {
        runtime.setVariable(regional.getId(), MeasureVariables.SERVED_GEMEENTEN, new ArrayList<>(served));
        runtime.setVariable(regional.getId(), MeasureVariables.ROLVERDELING,
                LoadMeasureDelegate.describeServed(runtime, routes, measureRef, served));
    }

    private MeasureRoute route(String tenantId, String measureRef) {
        if (routes == null) {
            return null;
        }
        try {
            return routes.route(runtime, tenantId, measureRef);
        } catch (NoSuchElementException e) {
            // The start rule's refusal, asked here before the engine would.
            throw MeasureStartCheck.notInCatalog(measureRef, tenantId);
        }
    }

    private Optional<ProcessInstance> own(String tenantId, String measureRef) {
        // A list, not singleResult: a database from before the engine's guarantee may hold two.
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(MeasureProcess.KEY)
                .processInstanceBusinessKey(businessKey(tenantId, measureRef))
                .tenantIdIn(tenantId)
                .listPage(0, 1).stream().findFirst();
    }

    private ProcessInstance startIn(String tenantId, String measureRef, List<String> served) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(MeasureVariables.MEASURE_REF, measureRef);
        if (!served.isEmpty()) {
            variables.put(MeasureVariables.SERVED_GEMEENTEN, new ArrayList<>(served));
        }
        try {
            return InstanceTenant.call(tenantId, () -> runtime.createProcessInstanceByKey(MeasureProcess.KEY)
                    .processDefinitionWithoutTenantId()
                    .businessKey(businessKey(tenantId, measureRef))
                    .setVariables(variables)
                    .execute());
        } catch (AlreadyRunningException running) {
            throw new AlreadyStartedException(tenantId, measureRef, running.runningInstanceId());
        }
    }

    /** A measure's lifecycle is already active for the gemeente. */
    public static final class AlreadyStartedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String processInstanceId;

        public AlreadyStartedException(String tenantId, String measureRef, String processInstanceId) {
            super(processInstanceId == null ? "maatregel " + measureRef + " wordt op dit moment al gestart in "
                    + tenantId : "maatregel " + measureRef + " loopt al in " + tenantId + " (procesinstantie "
                    + processInstanceId + ")");
            this.processInstanceId = processInstanceId;
        }

        /** The measure runs for the gemeente in its region's lifecycle. */
        public AlreadyStartedException(String tenantId, String measureRef, String processInstanceId, String region) {
            super("maatregel " + measureRef + " loopt al voor " + tenantId + ", uitgevoerd door " + region
                    + " (procesinstantie " + processInstanceId + ")");
            this.processInstanceId = processInstanceId;
        }

        /** The running lifecycle; {@code null} when the other start has not finished yet. */
        public String processInstanceId() {
            return processInstanceId;
        }
    }
}
