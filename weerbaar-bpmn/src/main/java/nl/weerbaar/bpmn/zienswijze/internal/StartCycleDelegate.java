package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.tenant.CrossTenant;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeRegioProcess;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Checks what the region's cycle starts with — the budget year and at least one member gemeente, each a tenant
 * Weerbaar serves that is no region — and fails the start clearly otherwise, so no cycle runs without councils.
 * Sets the kaders' due day, the region's name (its tenant id when not given) and the collections the cycle fills.
 */
public final class StartCycleDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarZienswijzeStartCycle";

    private final ZienswijzeTerms terms;
    private final TenantDirectory tenants;

    public StartCycleDelegate(ZienswijzeTerms terms, TenantDirectory tenants) {
        this.terms = terms;
        this.tenants = tenants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String process = ZienswijzeRegioProcess.KEY;
        int budgetYear = budgetYear(execution.getVariable(BUDGET_YEAR), process);
        List<String> members = members(execution.getVariable(MEMBER_GEMEENTEN), process);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        List<String> served = tenants.tenants();
        for (String member : members) {
            // One deployment serves every tenant (ADR 14): a member is a gemeente Weerbaar knows, or a tenant of
            // the engine (one created at runtime), whoever may read tenants.
            boolean known = served.contains(member) || CrossTenant.call(runtime,
                    () -> identity.createTenantQuery().tenantId(member).count() > 0);
            if (!known || tenants.isRegion(member)) {
                throw new ProcessEngineException("process " + process + ": member gemeente '" + member + "' is not"
                        + (known ? " a gemeente but a veiligheidsregio" : " a tenant of this engine"));
            }
        }
        execution.setVariable(MEMBER_GEMEENTEN, new ArrayList<>(members));
        Object regionName = execution.getVariable(REGION_NAME);
        if (!(regionName instanceof String name) || name.isBlank()) {
            execution.setVariable(REGION_NAME, execution.getTenantId());
        }
        execution.setVariable(KADERS_DUE_DATE, terms.startOf(terms.kadersDue(budgetYear)));
        execution.setVariable(ZIENSWIJZE_OUTCOMES, new LinkedHashMap<String, String>());
        execution.setVariable(ZIENSWIJZE_GEMEENTEN, new ArrayList<String>());
        execution.setVariable(ZIENSWIJZE_ANSWERS, new LinkedHashMap<String, String>());
        execution.setVariable(ZIENSWIJZE_ANSWER_DECISIONS, new LinkedHashMap<String, String>());
    }

    /** The budget year, an Integer such as 2027. */
    static int budgetYear(Object value, String process) {
        if (value instanceof Integer year && year >= 2000 && year <= 2999) {
            return year;
        }
        throw new ProcessEngineException("process " + process + " needs the variable '" + BUDGET_YEAR + "' with"
                + " the year the budget is for, e.g. 2027; was " + value);
    }

    /**
     * The member gemeenten, from a list or — as the REST API can send it without a JSON object format — from text
     * such as {@code "utrecht, amersfoort"}.
     */
    private static List<String> members(Object value, String process) {
        List<String> members = new ArrayList<>();
        if (value instanceof String text) {
            value = Arrays.stream(text.split("[,;\\s]+")).filter(member -> !member.isEmpty()).toList();
        }
        if (value instanceof Collection<?> collection) {
            for (Object member : collection) {
                if (!(member instanceof String tenant) || tenant.isBlank()) {
                    throw new ProcessEngineException("process " + process + ": every entry of '" + MEMBER_GEMEENTEN
                            + "' must be a gemeente's tenant id; found " + member);
                }
                if (members.contains(tenant.strip())) {
                    throw new ProcessEngineException("process " + process + ": '" + MEMBER_GEMEENTEN + "' names "
                            + tenant.strip() + " twice");
                }
                members.add(tenant.strip());
            }
        }
        if (members.isEmpty()) {
            throw new ProcessEngineException("process " + process + " needs the variable '" + MEMBER_GEMEENTEN
                    + "' with the tenant ids of at least one member gemeente, e.g. [\"utrecht\",\"amersfoort\"]");
        }
        return members;
    }
}
