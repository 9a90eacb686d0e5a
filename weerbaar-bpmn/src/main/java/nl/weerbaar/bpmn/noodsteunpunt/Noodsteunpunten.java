package nl.weerbaar.bpmn.noodsteunpunt;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts and discontinues the noodsteunpunten of a gemeente — at most one running instance per gemeente and name,
 * found by its business key {@code <tenant>:noodsteunpunt:<name>}; the engine guarantees it
 * ({@link NoodsteunpuntProcess#startRule()}).
 */
public final class Noodsteunpunten {

    private final RuntimeService runtime;

    public Noodsteunpunten(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** The business key of a noodsteunpunt in a gemeente. */
    public static String businessKey(String tenantId, String name) {
        return tenantId + ":noodsteunpunt:" + name.strip();
    }

    /** The running process of the noodsteunpunt in the gemeente (suspended or not), if there is one. */
    public Optional<ProcessInstance> findActive(String tenantId, String name) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(NoodsteunpuntProcess.KEY)
                .processInstanceBusinessKey(businessKey(tenantId, name))
                .tenantIdIn(tenantId)
                .listPage(0, 1).stream().findFirst();
    }

    /**
     * Starts setting up the noodsteunpunt in the gemeente.
     *
     * @throws AlreadyStartedException when one with this name is active already
     */
    public ProcessInstance start(String tenantId, String name) {
        Objects.requireNonNull(tenantId, "tenantId");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a noodsteunpunt needs a name");
        }
        findActive(tenantId, name).ifPresent(active -> {
            throw new AlreadyStartedException(tenantId, name.strip(), active.getId());
        });
        try {
            return InstanceTenant.call(tenantId, () -> runtime.createProcessInstanceByKey(NoodsteunpuntProcess.KEY)
                    .processDefinitionWithoutTenantId()
                    .businessKey(businessKey(tenantId, name))
                    .setVariables(Map.of(NoodsteunpuntVariables.NAME, name.strip()))
                    .execute());
        } catch (AlreadyRunningException running) {
            throw new AlreadyStartedException(tenantId, name.strip(), running.runningInstanceId());
        }
    }

    /**
     * Discontinues an operational noodsteunpunt that is waiting for its next re-test; its re-test timer is
     * cancelled. A noodsteunpunt still being set up is stopped by deleting its process instance with a reason.
     *
     * @throws org.camunda.bpm.engine.MismatchingMessageCorrelationException when no such noodsteunpunt is waiting
     */
    public void discontinue(String tenantId, String name, String reason) {
        runtime.createMessageCorrelation(NoodsteunpuntProcessModel.DISCONTINUE_MESSAGE)
                .tenantId(tenantId)
                .processInstanceBusinessKey(businessKey(tenantId, name))
                .setVariable(NoodsteunpuntVariables.DISCONTINUE_REASON, reason)
                .correlate();
    }

    /** A noodsteunpunt with this name is already active in the gemeente. */
    public static final class AlreadyStartedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String processInstanceId;

        public AlreadyStartedException(String tenantId, String name, String processInstanceId) {
            super(processInstanceId == null ? "noodsteunpunt '" + name + "' wordt op dit moment al gestart in "
                    + tenantId : "noodsteunpunt '" + name + "' loopt al in " + tenantId + " (procesinstantie "
                    + processInstanceId + ")");
            this.processInstanceId = processInstanceId;
        }

        public String processInstanceId() {
            return processInstanceId;
        }
    }
}
