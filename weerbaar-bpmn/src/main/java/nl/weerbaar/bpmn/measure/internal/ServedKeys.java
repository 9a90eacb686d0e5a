package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.engine.RunningKey;
import nl.weerbaar.bpmn.keys.RunningKeyRecord;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a region's lifecycle of a measure holds for the gemeenten it serves: {@code <gemeente>:<ref>} in the
 * gemeente's tenant, in Weerbaar's record of running keys, from the moment it serves the gemeente until it no longer
 * does or ends. So the gemeente cannot start its own lifecycle of the measure meanwhile — by Weerbaar's API or by
 * business key over engine REST — nor be put on the region's while its own runs, also when both happen at the same
 * moment: the second waits for the first's row, then finds it (ADR 12).
 */
public final class ServedKeys {

    private static final System.Logger LOG = System.getLogger(ServedKeys.class.getName());

    private ServedKeys() {
    }

    /**
     * The region's lifecycle takes the gemeente's key, in the command's transaction.
     *
     * @throws AlreadyRunningException when the gemeente's own lifecycle of the measure runs, or is being started
     */
    public static void hold(String gemeente, String measureRef, String regionalInstanceId) {
        RunningKey.hold(MeasureProcess.KEY, gemeente, MeasureLifecycle.businessKey(gemeente, measureRef),
                regionalInstanceId);
    }

    /** The region's lifecycle lets go of the gemeente's key, in the command's transaction. */
    public static void letGo(String gemeente, String measureRef, String regionalInstanceId) {
        RunningKey.letGo(MeasureProcess.KEY, gemeente, MeasureLifecycle.businessKey(gemeente, measureRef),
                regionalInstanceId);
    }

    /**
     * Brings the keys every running region lifecycle holds in line with the gemeenten it serves: it gets those it
     * lacks (lifecycles from before it held them) and lets go of those of gemeenten it no longer serves (a change of
     * {@code servedGemeenten} by hand, or by a node of an earlier version). One read of the record and of the served
     * lists; a lifecycle whose keys change is written in a transaction of its own, which writes its served list again
     * too, so that a join or leave on another node at that moment fails on the engine's optimistic lock instead of
     * crossing it. A gemeente whose own lifecycle runs as well — left from before — keeps it, and both are logged: one
     * of them should end. Nothing here keeps the engine from starting; what fails is logged and tried again at the
     * next start.
     */
    public static void reconcile(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!configuration.getSessionFactories().containsKey(RunningKeyRecord.class)) {
            return;
        }
        RuntimeService runtime = engine.getRuntimeService();
        try {
            List<Change> changes = configuration.getCommandExecutorTxRequired().execute(context -> changes(runtime));
            for (Change change : changes) {
                try {
                    configuration.getCommandExecutorTxRequired().execute(context -> apply(runtime, change));
                } catch (ProcessEngineException e) {
                    LOG.log(System.Logger.Level.WARNING, "The keys of region lifecycle {0} were not brought in line"
                            + " with the gemeenten it serves ({1}); the next start tries again.", change.instance(),
                            e.getMessage());
                }
            }
        } catch (ProcessEngineException e) {
            LOG.log(System.Logger.Level.WARNING, "The keys of the gemeenten that region lifecycles serve were not"
                    + " brought in line ({0}); the next start tries again.", e.getMessage());
        }
    }

    /** A region lifecycle whose keys, when last read, were not those of the gemeenten it serves. */
    private record Change(String instance, String tenant, String ref) {
    }

    private static List<Change> changes(RuntimeService runtime) {
        Map<String, List<String>> servedByInstance = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .variableName(MeasureVariables.SERVED_GEMEENTEN).list()) {
            servedByInstance.put(variable.getProcessInstanceId(), served(variable));
        }
        Map<String, Set<String>> heldByInstance = new HashMap<>();
        for (RunningKeyRecord.HeldKey key : RunningKeyRecord.heldKeys(MeasureProcess.KEY)) {
            heldByInstance.computeIfAbsent(key.processInstanceId(), id -> new HashSet<>()).add(key.tenantId());
        }
        Set<String> holders = new HashSet<>(servedByInstance.keySet());
        holders.addAll(heldByInstance.keySet());
        Map<String, String> tenants = new HashMap<>();
        Map<String, String> refs = new HashMap<>();
        for (String[] chunk : chunks(holders)) {
            runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY).processInstanceIds(
                    Set.of(chunk)).list().forEach(instance -> tenants.put(instance.getId(), instance.getTenantId()));
            runtime.createVariableInstanceQuery().variableName(MeasureVariables.MEASURE_REF).processInstanceIdIn(chunk)
                    .list().forEach(ref -> refs.put(ref.getProcessInstanceId(), String.valueOf(ref.getValue())));
        }
        List<Change> changes = new ArrayList<>();
        tenants.forEach((instance, tenant) -> {
            Set<String> held = new HashSet<>(heldByInstance.getOrDefault(instance, Set.of()));
            held.remove(tenant);
            if (refs.containsKey(instance)
                    && !held.equals(new HashSet<>(servedByInstance.getOrDefault(instance, List.of())))) {
                changes.add(new Change(instance, tenant, refs.get(instance)));
            }
        });
        return changes;
    }

    /**
     * Gives the lifecycle the keys of the gemeenten it serves and takes it those of the others, as they stand now,
     * and writes its served list again, so that a join or leave under way elsewhere fails on the optimistic lock.
     */
    private static Void apply(RuntimeService runtime, Change change) {
        List<String> served = new ArrayList<>();
        List<VariableInstance> variables = runtime.createVariableInstanceQuery()
                .variableName(MeasureVariables.SERVED_GEMEENTEN).processInstanceIdIn(change.instance()).list();
        variables.forEach(variable -> served.addAll(served(variable)));
        Set<String> held = new HashSet<>();
        RunningKeyRecord.heldKeys(MeasureProcess.KEY, change.instance()).forEach(key -> held.add(key.tenantId()));
        held.remove(change.tenant());
        for (String gemeente : held) {
            if (!served.contains(gemeente)) {
                letGo(gemeente, change.ref(), change.instance());
            }
        }
        for (String gemeente : served) {
            if (held.contains(gemeente)) {
                continue;
            }
            try {
                hold(gemeente, change.ref(), change.instance());
            } catch (AlreadyRunningException running) {
                if (running.runningInstanceId() == null) {
                    throw running;
                }
                LOG.log(System.Logger.Level.WARNING, "{0} runs its own lifecycle {1} of measure {2} while the"
                        + " region''s lifecycle {3} serves it; only one may run. End one of them.", gemeente,
                        running.runningInstanceId(), change.ref(), change.instance());
            }
        }
        if (!variables.isEmpty() && variables.get(0).getErrorMessage() == null) {
            runtime.setVariable(change.instance(), MeasureVariables.SERVED_GEMEENTEN, variables.get(0).getValue());
        }
        return null;
    }

    /** The gemeenten a served list names; none where it cannot be read (logged). */
    private static List<String> served(VariableInstance variable) {
        if (variable.getErrorMessage() != null) {
            LOG.log(System.Logger.Level.WARNING, "Lifecycle {0}: ''{1}'' is not readable ({2}); it holds no"
                    + " gemeente''s key", variable.getProcessInstanceId(), MeasureVariables.SERVED_GEMEENTEN,
                    variable.getErrorMessage());
            return List.of();
        }
        return variable.getValue() instanceof Collection<?> served
                ? served.stream().map(String::valueOf).distinct().toList() : List.of();
    }

    private static List<String[]> chunks(Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<String[]> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            chunks.add(all.subList(from, Math.min(from + 500, all.size())).toArray(String[]::new));
        }
        return chunks;
    }
}
