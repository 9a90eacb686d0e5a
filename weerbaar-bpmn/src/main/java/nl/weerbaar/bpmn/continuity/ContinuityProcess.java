package nl.weerbaar.bpmn.continuity;

import nl.weerbaar.bpmn.continuity.internal.InventoryListener;
import nl.weerbaar.bpmn.continuity.internal.PlanNextReviewDelegate;
import nl.weerbaar.bpmn.continuity.internal.YearlyReviewsDelegate;
import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.continuity.internal.ProcessResultListener;
import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.StartRule;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code weerbaar-continuiteit}: the yearly continuity review of the gemeente's own organisation.
 */
public final class ContinuityProcess implements ModelledProcess {

    /** The process key. */
    public static final String KEY = "weerbaar-continuiteit";

    /**
     * Starts a review in the gemeente now, through the start event "Toetsing handmatig gestart".
     *
     * @param variables start variables, e.g. {@link ContinuityVariables#LAST_FULL_INVENTORY_DATE}
     */
    public static ProcessInstance startManually(RuntimeService runtime, String tenantId, Map<String, Object> variables) {
        Objects.requireNonNull(tenantId, "tenantId");
        // The one deployment for all tenants has its message start without tenant; the instance gets the gemeente's.
        return InstanceTenant.call(tenantId, () -> runtime.createMessageCorrelation(ContinuityProcessModel.START_MESSAGE)
                .withoutTenantId()
                .setVariables(variables)
                .correlateStartMessage());
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
    public List<ProcessBean> beans() {
        return List.of(
                ProcessBean.of(InventoryListener.BEAN_NAME, InventoryListener.class, c -> new InventoryListener()),
                ProcessBean.of(ProcessResultListener.BEAN_NAME, ProcessResultListener.class,
                        c -> new ProcessResultListener()),
                ProcessBean.of(PlanNextReviewDelegate.BEAN_NAME, PlanNextReviewDelegate.class,
                        c -> new PlanNextReviewDelegate(c.settings())),
                ProcessBean.of(YearlyReviewsDelegate.BEAN_NAME, YearlyReviewsDelegate.class,
                        c -> new YearlyReviewsDelegate(c.tenants())));
    }

    /** The yearly timer starts one instance without tenant, which starts a review in every tenant. */
    @Override
    public boolean startsForEveryTenant() {
        return true;
    }

    /** Callers pass the date of the last full inventory at most; reviews may overlap (no one-per rule). */
    @Override
    public StartRule startRule() {
        return StartRule.variables(ContinuityVariables.LAST_FULL_INVENTORY_DATE);
    }
}
