package nl.weerbaar.bpmn.continuity;

import nl.weerbaar.bpmn.WeerbaarProcess;
import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code weerbaar-continuiteit}: the yearly continuity review of the gemeente's own organisation.
 */
public final class ContinuityProcess implements WeerbaarProcess {

    /** The process key. */
    public static final String KEY = "weerbaar-continuiteit";

    /**
     * Starts a review in the gemeente now, through the start event "Toetsing handmatig gestart".
     *
     * @param variables start variables, e.g. {@link ContinuityVariables#LAST_FULL_INVENTORY_DATE}
     */
    public static ProcessInstance startManually(RuntimeService runtime, String tenantId, Map<String, Object> variables) {
        Objects.requireNonNull(tenantId, "tenantId");
        return runtime.createMessageCorrelation(ContinuityProcessModel.START_MESSAGE)
                .tenantId(tenantId)
                .setVariables(variables)
                .correlateStartMessage();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BpmnModelInstance model() {
        return ContinuityProcessModel.create();
    }

    @Override
    public List<Class<? extends Record>> forms() {
        return ContinuityForms.ALL;
    }

    @Override
    public Map<String, Object> beans(WeerbaarComponents components) {
        return Map.of(
                InventoryListener.BEAN_NAME, new InventoryListener(),
                ProcessResultListener.BEAN_NAME, new ProcessResultListener(),
                PlanNextReviewDelegate.BEAN_NAME, new PlanNextReviewDelegate(components.settings(), components.zone()));
    }
}
