package nl.weerbaar.bpmn.engine.internal;

import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.tenant.InstanceTenant;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.core.model.CallableElement;
import org.camunda.bpm.engine.impl.core.model.CallableElementParameter;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmProcessInstance;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.CallableElementUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A call activity that starts the called instance in another tenant than its own: a gemeente's rolverdeling asks
 * its region to confirm, a region's zienswijze cycle asks each member gemeente. Camunda gives a sub-instance of a
 * definition without tenant the caller's tenant and asks no tenant-id provider; the call activity names the tenant
 * with an input mapping to {@value InstanceTenant#CALLED_TENANT}, which this behaviour sets on the new instance
 * before it starts (and does not pass on as a variable).
 */
public final class CalledTenantCallActivity extends CallActivityBehavior {

    private CalledTenantCallActivity(CallableElement callableElement) {
        setCallableElement(callableElement);
    }

    /** Replaces the behaviour of every call activity that maps {@value InstanceTenant#CALLED_TENANT}. */
    public static BpmnParseListener parseListener() {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseCallActivity(Element callActivityElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof CallActivityBehavior behavior
                        && !(behavior instanceof CalledTenantCallActivity)
                        && namesTenant(behavior.getCallableElement())) {
                    activity.setActivityBehavior(new CalledTenantCallActivity(behavior.getCallableElement()));
                }
            }
        };
    }

    private static boolean namesTenant(CallableElement callableElement) {
        return callableElement != null && callableElement.getInputs().stream()
                .map(CallableElementParameter::getTarget).anyMatch(InstanceTenant.CALLED_TENANT::equals);
    }

    @Override
    protected void startInstance(ActivityExecution execution, VariableMap variables, String businessKey) {
        ExecutionEntity caller = (ExecutionEntity) execution;
        Object tenant = variables.remove(InstanceTenant.CALLED_TENANT);
        if (!(tenant instanceof String tenantId) || tenantId.isBlank()) {
            throw new StartRefusedException("Activiteit " + caller.getCurrentActivityId() + " van proces "
                    + caller.getProcessDefinition().getKey() + " noemt geen gemeente of veiligheidsregio voor het"
                    + " proces dat ze start (" + InstanceTenant.CALLED_TENANT + " is " + tenant + ")");
        }
        ProcessDefinitionImpl definition = CallableElementUtil.getProcessDefinitionToCall(caller,
                caller.getProcessDefinitionTenantId(), getCallableElement());
        PvmProcessInstance instance = execution.createSubProcessInstance(definition, businessKey);
        ((ExecutionEntity) instance).setTenantId(tenantId);
        instance.start(variables);
    }
}
