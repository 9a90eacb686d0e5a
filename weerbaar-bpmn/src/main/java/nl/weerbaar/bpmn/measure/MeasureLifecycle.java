package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.keys.RunningKeyRecord;
import nl.weerbaar.bpmn.measure.internal.LoadMeasureDelegate;
import nl.weerbaar.bpmn.measure.internal.ServedKeys;
import nl.weerbaar.bpmn.measure.internal.MeasureStartCheck;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.routing.MeasureRoute;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the lifecycle of a measure for a gemeente — at most one active per gemeente and measure, found by its
 * business key {@code <tenant>:<ref>} — where its rolverdeling says: in the gemeente's tenant, or, for a measure
 * the veiligheidsregio leads, in the region's, where one lifecycle (business key {@code <region>:<ref>}) serves
 * every member gemeente that agreed so. The engine guarantees the "at most one" for every way a lifecycle starts
 * ({@link MeasureProcess#startRule()}); this class finds the running one and says so in the refusal.
 */
public final class MeasureLifecycle {

    /** How often {@link #startAll} runs again after a lost optimistic lock before it gives up. */
    private static final int FLUSH_RETRIES = 3;

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
        return own.isPresent() ? own : findRegional(tenantId, measureRef);
    }

    /** The running lifecycle of the tenant's region that serves it for the measure, if any; its own not looked at. */
    public Optional<ProcessInstance> findRegional(String tenantId, String measureRef) {
        if (routes == null) {
            return Optional.empty();
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
        // One engine command, as the caller's: the look for a running one, the route and the start share one
        // transaction (and one connection), instead of one each.
        Attempt attempt = CrossTenant.callChecked(runtime, () -> attempt(tenantId, measureRef));
        if (attempt.running() != null) {
            throw attempt.refusal(tenantId, measureRef);
        }
        return attempt.started();
    }

    /**
     * Starts the lifecycle of each measure for the tenant as {@link #start} would, all in one engine command (one
     * transaction), and says per measure what happened, in the order given: started, already running (the tenant's
     * own or its region's that serves it), or refused by the start rule. A refusal that depends on nothing another
     * transaction does (a region's measure it leads for none of its gemeenten) is found before the engine is asked,
     * so that such a measure costs a read of its members' agreements, not a run of the whole command. The engine
     * still guarantees one running lifecycle per key: when a start meets one that another transaction started
     * meanwhile, or the start rule refuses one measure in the engine, the command is rolled back and run again for
     * the others (a measure met running twice that way is reported as already running, its other start perhaps not
     * finished); a lost optimistic lock (two gemeenten joining their region's lifecycle at once) runs it again too, at
     * most {@value #FLUSH_RETRIES} times. The caller's tenant and authorization checks apply as to a single start; a
     * refusal of those ends the whole call.
     */
    public List<Outcome> startAll(String tenantId, List<String> measureRefs) {
        Objects.requireNonNull(tenantId, "tenantId");
        List<String> refs = List.copyOf(new LinkedHashSet<>(measureRefs));
        Map<String, Outcome> settled = new HashMap<>();
        Set<String> metRunning = new HashSet<>();
        int lostLocks = 0;
        while (true) {
            List<String> open = refs.stream().filter(ref -> !settled.containsKey(ref)).toList();
            try {
                Map<String, Outcome> done = new HashMap<>();
                CrossTenant.callChecked(runtime, () -> {
                    for (String ref : open) {
                        done.put(ref, startOne(tenantId, ref));
                    }
                    return null;
                });
                done.putAll(settled);
                return refs.stream().map(done::get).toList();
            } catch (RuntimeException e) {
                Interrupted interrupted = cause(e, Interrupted.class);
                if (interrupted != null) {
                    Outcome outcome = interrupted.outcome;
                    if (outcome.result() == Result.REFUSED || !metRunning.add(outcome.ref())) {
                        settled.put(outcome.ref(), outcome);
                    }
                } else if (cause(e, OptimisticLockingException.class) == null || ++lostLocks > FLUSH_RETRIES) {
                    throw e;
                }
            }
        }
    }

    private Outcome startOne(String tenantId, String ref) {
        Attempt attempt;
        try {
            attempt = attempt(tenantId, ref, true);
        } catch (AlreadyStartedException running) {
            throw new Interrupted(new Outcome(ref, Result.ALREADY_RUNNING, running.processInstanceId(), null,
                    null, running.getMessage()));
        } catch (RuntimeException e) {
            AlreadyRunningException running = cause(e, AlreadyRunningException.class);
            if (running != null) {
                throw new Interrupted(new Outcome(ref, Result.ALREADY_RUNNING, running.runningInstanceId(),
                        running.tenantId(), null, running.getMessage()));
            }
            StartRefusedException refused = cause(e, StartRefusedException.class);
            if (refused != null) {
                throw new Interrupted(new Outcome(ref, Result.REFUSED, null, null, null, refused.getMessage()));
            }
            throw e;
        }
        if (attempt.foreseenRefusal() != null) {
            return new Outcome(ref, Result.REFUSED, null, null, null, attempt.foreseenRefusal());
        }
        if (attempt.running() != null) {
            ProcessInstance running = attempt.running();
            return new Outcome(ref, Result.ALREADY_RUNNING, running.getId(), running.getTenantId(),
                    running.getBusinessKey(), attempt.refusal(tenantId, ref).getMessage());
        }
        ProcessInstance started = attempt.started();
        return new Outcome(ref, Result.STARTED, started.getId(), started.getTenantId(), started.getBusinessKey(),
                null);
    }

    /**
     * The start of {@link #start}: the lifecycle that runs for the tenant already, found before the engine is asked,
     * or the one started (or the region's joined). What the engine refuses is thrown; with {@code foresee}, a refusal
     * of the start rule that does not depend on other transactions is returned before the engine is asked.
     */
    private Attempt attempt(String tenantId, String measureRef) {
        return attempt(tenantId, measureRef, false);
    }

    private Attempt attempt(String tenantId, String measureRef, boolean foresee) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(measureRef, "measureRef");
        Optional<ProcessInstance> own = own(tenantId, measureRef);
        if (own.isPresent()) {
            return new Attempt(null, own.get());
        }
        MeasureRoute route = route(tenantId, measureRef);
        if (foresee && routes != null && routes.tenants().isRegion(tenantId)
                && routes.servedBy(runtime, tenantId, measureRef).isEmpty()) {
            // What the start rule (MeasureStartCheck) would refuse inside the engine, after the start had begun; said
            // only to a caller the engine would let start it.
            checkMayStart();
            return new Attempt(null, null, MeasureStartCheck.leadsForNone(tenantId, measureRef,
                    routes.tenants().gemeentenOf(tenantId)).getMessage());
        }
        if (route == null) {
            return new Attempt(startIn(tenantId, measureRef, List.of()), null);
        }
        if (!route.regionLed()) {
            // The lifecycle's first step asks the same route: it gets this one instead of a second query.
            return new Attempt(routes.withDecided(route, () -> startIn(tenantId, measureRef, List.of())), null);
        }
        String region = route.executingTenant();
        return CrossTenant.call(runtime, () -> {
            Optional<ProcessInstance> regional = own(region, measureRef);
            if (regional.isPresent() && served(regional.get()).contains(tenantId)) {
                return new Attempt(null, regional.get());
            }
            return new Attempt(joinRegion(tenantId, measureRef, region), null);
        });
    }

    /**
     * Camunda's own checks of a start of the measure's lifecycle (the rights to create an instance of the shared
     * definition), as the engine's start asks them before its start rule.
     */
    private static void checkMayStart() {
        CommandContext context = Context.getCommandContext();
        ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedLatestProcessDefinitionByKeyAndTenantId(MeasureProcess.KEY, null);
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkCreateProcessInstance(definition);
        }
    }

    /** A start's result: what it started or joined, what runs for the tenant already, or why it would be refused. */
    private record Attempt(ProcessInstance started, ProcessInstance running, String foreseenRefusal) {

        Attempt(ProcessInstance started, ProcessInstance running) {
            this(started, running, null);
        }

        AlreadyStartedException refusal(String tenantId, String measureRef) {
            return tenantId.equals(running.getTenantId())
                    ? new AlreadyStartedException(tenantId, measureRef, running.getId())
                    : new AlreadyStartedException(tenantId, measureRef, running.getId(), running.getTenantId());
        }
    }

    /** What {@link #startAll} did with one measure. */
    public enum Result {
        /** Its lifecycle started, or the gemeente joined its region's lifecycle of it. */
        STARTED,
        /** A lifecycle of it runs for the gemeente already, its own or its region's. */
        ALREADY_RUNNING,
        /** The start rule refused it; the reason says why. */
        REFUSED
    }

    /**
     * What {@link #startAll} did with one measure.
     *
     * @param ref         the measure
     * @param result      what happened
     * @param instanceId  the lifecycle started or running; {@code null} when a start that runs at this moment has not
     *                    finished yet, and when refused
     * @param tenantId    the lifecycle's tenant (the region's for a lifecycle it carries out for the gemeente), where
     *                    known
     * @param businessKey the lifecycle's business key, where known
     * @param reason      why it did not start, in Dutch; {@code null} when started
     */
    public record Outcome(String ref, Result result, String instanceId, String tenantId, String businessKey,
                          String reason) {

        public Outcome {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(result, "result");
        }
    }

    /** Ends the command of {@link #startAll} so that it rolls back, with what happened to the measure. */
    private static final class Interrupted extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Outcome outcome;

        Interrupted(Outcome outcome) {
            super(outcome.reason(), null, false, false);
            this.outcome = outcome;
        }
    }

    private static <E extends Throwable> E cause(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
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

    /**
     * Puts the gemeenten on the region's lifecycle and takes the others off: it holds the keys of those it serves
     * (one of them is refused when its own lifecycle runs, or is being started), and lets go of the others'.
     */
    private void setServed(ProcessInstance regional, String measureRef, List<String> served) {
        List<String> before = served(regional);
        for (String gemeente : served) {
            if (!before.contains(gemeente)) {
                ServedKeys.hold(gemeente, measureRef, regional.getId());
            }
        }
        for (String gemeente : before) {
            if (!served.contains(gemeente)) {
                ServedKeys.letGo(gemeente, measureRef, regional.getId());
            }
        }
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
        String businessKey = businessKey(tenantId, measureRef);
        // Most starts find none: the engine's record of running keys says so in one read by primary key. Where it
        // holds the key, the engine's query says which instance it is, and whether the caller may see it.
        if (!CrossTenant.call(runtime, () -> RunningKeyRecord.mayRun(MeasureProcess.KEY, tenantId, businessKey))) {
            return Optional.empty();
        }
        // A list, not singleResult: a database from before the engine's guarantee may hold two.
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(MeasureProcess.KEY)
                .processInstanceBusinessKey(businessKey)
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
            // The key of the lifecycle itself, or of a gemeente it was to serve whose own runs.
            throw new AlreadyStartedException(running.tenantId() == null ? tenantId : running.tenantId(), measureRef,
                    running.runningInstanceId());
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
