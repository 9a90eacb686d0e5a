package nl.weerbaar.bpmn.continuity.internal;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.List;

/**
 * The yearly timer's instance, without tenant, starts the continuity review in every tenant the directory names,
 * each as its own instance of the same definition in that tenant. All in the timer's transaction: a start that
 * fails rolls them all back and the job is retried, so no tenant is skipped or started twice.
 */
public final class YearlyReviewsDelegate implements JavaDelegate {

    /** The name under which the model finds this delegate. */
    public static final String BEAN_NAME = "weerbaarContinuityYearlyReviews";

    /** How many reviews the instance started, recorded on it. */
    public static final String STARTED = "toetsingenGestart";

    private static final System.Logger LOG = System.getLogger(YearlyReviewsDelegate.class.getName());

    private final TenantDirectory tenants;

    public YearlyReviewsDelegate(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        List<String> all = tenants.tenants();
        for (String tenant : all) {
            InstanceTenant.call(tenant, () -> runtime.createProcessInstanceById(execution.getProcessDefinitionId())
                    .execute());
        }
        execution.setVariable(STARTED, all.size());
        LOG.log(System.Logger.Level.INFO, "Jaarlijkse continuïteitstoets gestart in {0} gemeenten en regio''s",
                all.size());
    }
}
