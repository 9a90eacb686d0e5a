package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts the lifecycle of a measure in a gemeente — at most one running instance per gemeente and measure, found
 * by its business key {@code <tenant>:<ref>}. The engine guarantees the "at most one" for every way a lifecycle
 * starts ({@link MeasureProcess#startRule()}); this class finds the running one and says so in the refusal.
 */
public final class MeasureLifecycle {

    private final RuntimeService runtime;

    public MeasureLifecycle(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** The business key of a measure's lifecycle in a gemeente. */
    public static String businessKey(String tenantId, String measureRef) {
        return tenantId + ":" + measureRef;
    }

    /** The running lifecycle of the measure in the gemeente (suspended or not), if there is one. */
    public Optional<ProcessInstance> findActive(String tenantId, String measureRef) {
        // A list, not singleResult: a database from before the engine's guarantee may hold two.
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(MeasureProcess.KEY)
                .processInstanceBusinessKey(businessKey(tenantId, measureRef))
                .tenantIdIn(tenantId)
                .listPage(0, 1).stream().findFirst();
    }

    /**
     * Starts the measure's lifecycle in the gemeente.
     *
     * @throws AlreadyStartedException when one runs already, or is being started at this moment
     * @throws nl.weerbaar.bpmn.process.StartRefusedException when the gemeente's catalog has no such measure
     */
    public ProcessInstance start(String tenantId, String measureRef) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(measureRef, "measureRef");
        findActive(tenantId, measureRef).ifPresent(active -> {
            throw new AlreadyStartedException(tenantId, measureRef, active.getId());
        });
        try {
            return runtime.createProcessInstanceByKey(MeasureProcess.KEY)
                    .processDefinitionTenantId(tenantId)
                    .businessKey(businessKey(tenantId, measureRef))
                    .setVariables(Map.of(MeasureVariables.MEASURE_REF, measureRef))
                    .execute();
        } catch (AlreadyRunningException running) {
            throw new AlreadyStartedException(tenantId, measureRef, running.runningInstanceId());
        }
    }

    /** A measure's lifecycle is already active in the gemeente. */
    public static final class AlreadyStartedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String processInstanceId;

        public AlreadyStartedException(String tenantId, String measureRef, String processInstanceId) {
            super(processInstanceId == null ? "maatregel " + measureRef + " wordt op dit moment al gestart in "
                    + tenantId : "maatregel " + measureRef + " loopt al in " + tenantId + " (procesinstantie "
                    + processInstanceId + ")");
            this.processInstanceId = processInstanceId;
        }

        /** The running lifecycle; {@code null} when the other start has not finished yet. */
        public String processInstanceId() {
            return processInstanceId;
        }
    }
}
