package nl.weerbaar.bpmn.crisis.internal;

import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.bpmn.measure.MeasureStatus;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static nl.weerbaar.bpmn.crisis.CrisisVariables.*;

/**
 * Reopens the review of every measure the evaluation names by sending {@link MeasureProcessModel#REOPEN_MESSAGE}
 * to the lifecycle that works the measure for the tenant — its own, or its region's for a region-led measure —
 * with the crisis and its findings as the reason. A measure whose
 * lifecycle is not waiting for its re-review — not started, ended, or still in progress — is not an error: the
 * result says which refs were reopened and why the others were not.
 */
public final class ReopenReviewsDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarCrisisReopenReviews";

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MeasureRoutes routes;

    public ReopenReviewsDelegate(MeasureRoutes routes) {
        this.routes = routes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        MeasureLifecycle lifecycles = new MeasureLifecycle(runtime, routes);
        String tenant = execution.getTenantId();
        String reason = "Evaluatie van crisis " + execution.getProcessBusinessKey() + " ("
                + execution.getVariable(SCENARIO_LABEL) + "): " + execution.getVariable(EVALUATION_FINDINGS);
        List<String> reopened = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String ref : ReopenRefs.parse(execution.getVariable(REOPEN_REFS))) {
            Optional<ProcessInstance> lifecycle = lifecycles.findActive(tenant, ref);
            if (lifecycle.isEmpty()) {
                lines.add(ref + ": niet heropend, de maatregel loopt niet in " + tenant + " (niet gestart of"
                        + " beëindigd)");
                continue;
            }
            // A region-led measure is reviewed by the region's bestuur, in the region's tenant.
            ProcessInstance instance = lifecycle.get();
            String where = tenant.equals(instance.getTenantId()) ? "" : " door " + instance.getTenantId();
            boolean waiting = CrossTenant.call(runtime, () -> waitingForReReview(runtime, instance));
            if (!waiting) {
                lines.add(ref + ": niet heropend, de maatregel wacht niet op herbeoordeling (status: "
                        + CrossTenant.call(runtime, () -> status(runtime, instance)) + ")");
            } else {
                CrossTenant.run(runtime, () -> runtime.createMessageCorrelation(MeasureProcessModel.REOPEN_MESSAGE)
                        .processInstanceId(instance.getId())
                        .setVariable(RE_REVIEW_REASON, reason)
                        .correlate());
                reopened.add(ref);
                lines.add(ref + ": heropend voor herbeoordeling" + where);
            }
        }
        execution.setVariable(REOPEN_RESULT, lines.isEmpty() ? "Geen maatregelen genoemd." : String.join("\n", lines));
        execution.setVariable(REOPENED_REFS, String.join(", ", reopened));
    }

    /**
     * Checked before correlating rather than by catching the engine's refusal, so that no failing command runs
     * inside this transaction.
     */
    private static boolean waitingForReReview(RuntimeService runtime, ProcessInstance lifecycle) {
        return runtime.createEventSubscriptionQuery().processInstanceId(lifecycle.getId()).eventType("message")
                .eventName(MeasureProcessModel.REOPEN_MESSAGE).count() > 0;
    }

    private static String status(RuntimeService runtime, ProcessInstance lifecycle) {
        Object status = runtime.getVariable(lifecycle.getId(), MeasureVariables.STATUS);
        return Arrays.stream(MeasureStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .map(s -> s.label(DUTCH)).orElse(String.valueOf(status));
    }
}
