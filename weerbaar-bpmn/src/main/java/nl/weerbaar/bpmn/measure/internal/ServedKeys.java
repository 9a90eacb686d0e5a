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

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
     * Gives every running region lifecycle the keys of the gemeenten it serves where it does not hold them yet
     * (lifecycles from before it held them), in one transaction. A gemeente whose own lifecycle runs as well — left
     * from before — keeps it, and both are logged: one of them should end.
     */
    public static void reconcile(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!configuration.getSessionFactories().containsKey(RunningKeyRecord.class)) {
            return;
        }
        RuntimeService runtime = engine.getRuntimeService();
        try {
            configuration.getCommandExecutorTxRequired().execute(context -> holdServed(runtime));
        } catch (ProcessEngineException e) {
            // Not a reason to keep the engine from starting: the next start tries again.
            LOG.log(System.Logger.Level.WARNING, "The keys of the gemeenten that region lifecycles serve were not"
                    + " brought in line ({0}); the next start tries again.", e.getMessage());
        }
    }

    private static Void holdServed(RuntimeService runtime) {
        Map<String, Collection<?>> servedByInstance = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .variableName(MeasureVariables.SERVED_GEMEENTEN).list()) {
            if (variable.getErrorMessage() != null) {
                LOG.log(System.Logger.Level.WARNING, "Lifecycle {0}: ''{1}'' is not readable ({2}); it holds no"
                        + " gemeente''s key", variable.getProcessInstanceId(), MeasureVariables.SERVED_GEMEENTEN,
                        variable.getErrorMessage());
            } else if (variable.getValue() instanceof Collection<?> served && !served.isEmpty()) {
                servedByInstance.put(variable.getProcessInstanceId(), served);
            }
        }
        if (servedByInstance.isEmpty()) {
            return null;
        }
        Set<String> lifecycles = runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY)
                .processInstanceIds(servedByInstance.keySet()).list().stream().map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        if (lifecycles.isEmpty()) {
            return null;
        }
        Map<String, String> refs = new HashMap<>();
        runtime.createVariableInstanceQuery().variableName(MeasureVariables.MEASURE_REF)
                .processInstanceIdIn(lifecycles.toArray(String[]::new)).list()
                .forEach(ref -> refs.put(ref.getProcessInstanceId(), String.valueOf(ref.getValue())));
        for (String instance : lifecycles) {
            String ref = refs.get(instance);
            if (ref == null) {
                continue;
            }
            for (Object gemeente : servedByInstance.get(instance)) {
                try {
                    hold(String.valueOf(gemeente), ref, instance);
                } catch (AlreadyRunningException running) {
                    if (running.runningInstanceId() == null) {
                        throw running;
                    }
                    LOG.log(System.Logger.Level.WARNING, "{0} runs its own lifecycle {1} of measure {2} while the"
                            + " region''s lifecycle {3} serves it; only one may run. End one of them.", gemeente,
                            running.runningInstanceId(), ref, instance);
                }
            }
        }
        return null;
    }
}
