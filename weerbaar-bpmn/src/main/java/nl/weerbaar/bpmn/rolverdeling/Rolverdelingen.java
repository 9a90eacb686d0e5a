package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.routing.RecordedAgreements;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.Map;
import java.util.Objects;

/**
 * Starts recording a gemeente's rolverdeling of a measure: one agreement being recorded at a time per gemeente and
 * measure, beside the one in force.
 */
public final class Rolverdelingen {

    private final RuntimeService runtime;

    public Rolverdelingen(RuntimeService runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    /**
     * Starts recording an agreement on the measure in the gemeente's tenant.
     *
     * @throws org.camunda.bpm.engine.ProcessEngineException when the measure is unknown, the gemeente has no region
     *                                                       or an agreement is being recorded already
     */
    public ProcessInstance start(String gemeente, String measureRef) {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(measureRef, "measureRef");
        return runtime.createProcessInstanceByKey(RolverdelingProcess.KEY)
                .processDefinitionTenantId(gemeente)
                .businessKey(RecordedAgreements.businessKey(gemeente, measureRef))
                .setVariables(Map.of(RolverdelingVariables.MEASURE_REF, measureRef))
                .execute();
    }
}
