package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.routing.RecordedAgreements;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.Map;
import java.util.Objects;

/**
 * Starts recording a gemeente's rolverdeling of a measure: one agreement being recorded at a time per gemeente and
 * measure, beside the one in force; the engine guarantees it ({@link RolverdelingProcess#startRule()}).
 */
public final class Rolverdelingen {

    private final RuntimeService runtime;

    public Rolverdelingen(RuntimeService runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    /**
     * Starts recording an agreement on the measure in the gemeente's tenant.
     *
     * @throws nl.weerbaar.bpmn.process.StartRefusedException when the measure is unknown or the gemeente has no
     *                                                        region
     * @throws ProcessEngineException                          when an agreement is being recorded already
     */
    public ProcessInstance start(String gemeente, String measureRef) {
        Objects.requireNonNull(gemeente, "gemeente");
        String ref = Objects.requireNonNull(measureRef, "measureRef").strip();
        try {
            return InstanceTenant.call(gemeente, () -> runtime.createProcessInstanceByKey(RolverdelingProcess.KEY)
                    .processDefinitionWithoutTenantId()
                    .businessKey(RecordedAgreements.businessKey(gemeente, ref))
                    .setVariables(Map.of(RolverdelingVariables.MEASURE_REF, ref))
                    .execute());
        } catch (AlreadyRunningException running) {
            throw new ProcessEngineException("Rolverdeling niet gestart: voor maatregel " + ref + " wordt al"
                    + " een afspraak vastgelegd" + (running.runningInstanceId() == null ? ""
                    : " (procesinstantie " + running.runningInstanceId() + ")"), running);
        }
    }
}
