package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Reminds the griffie that the zienswijze term ends soon, through the application's {@link ReminderSender}
 * (the subject is {@code zienswijze-<budgetYear>}, the recipient the griffie's group), and records when.
 */
public final class ZienswijzeReminderDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarZienswijzeReminder";

    private final ReminderSender sender;
    private final RoleMapping roles;
    private final ZienswijzeTerms terms;

    public ZienswijzeReminderDelegate(ReminderSender sender, RoleMapping roles, ZienswijzeTerms terms) {
        this.sender = sender;
        this.roles = roles;
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.remind(execution.getTenantId(), "zienswijze-" + execution.getVariable(BUDGET_YEAR),
                roles.group(Role.GRIFFIE), terms.toLocalDate(execution.getVariable(ZIENSWIJZE_DEADLINE)));
        execution.setVariable(REMINDED_AT, ClockUtil.getCurrentTime());
    }
}
