package nl.weerbaar.bpmn.measure;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts the lifecycle of a measure in a gemeente — at most one active instance per gemeente and measure, found
 * by its business key {@code <tenant>:<ref>}.
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

    /** The active lifecycle of the measure in the gemeente, if there is one. */
    public Optional<ProcessInstance> findActive(String tenantId, String measureRef) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processDefinitionKey(MeasureProcess.KEY)
                .processInstanceBusinessKey(businessKey(tenantId, measureRef))
                .tenantIdIn(tenantId)
                .active()
                .singleResult());
    }

    /**
     * Starts the measure's lifecycle in the gemeente.
     *
     * @throws AlreadyStartedException when one is active already
     */
    public ProcessInstance start(String tenantId, String measureRef) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(measureRef, "measureRef");
        findActive(tenantId, measureRef).ifPresent(active -> {
            throw new AlreadyStartedException(tenantId, measureRef, active.getId());
        });
        return runtime.createProcessInstanceByKey(MeasureProcess.KEY)
                .processDefinitionTenantId(tenantId)
                .businessKey(businessKey(tenantId, measureRef))
                .setVariables(Map.of(MeasureVariables.MEASURE_REF, measureRef))
                .execute();
    }

    /** A measure's lifecycle is already active in the gemeente. */
    public static final class AlreadyStartedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String processInstanceId;

        public AlreadyStartedException(String tenantId, String measureRef, String processInstanceId) {
            super("maatregel " + measureRef + " loopt al in " + tenantId + " (procesinstantie " + processInstanceId
                    + ")");
            this.processInstanceId = processInstanceId;
        }

        public String processInstanceId() {
            return processInstanceId;
        }
    }
}
