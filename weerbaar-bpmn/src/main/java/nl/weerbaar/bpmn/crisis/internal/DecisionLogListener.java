package nl.weerbaar.bpmn.crisis.internal;

import nl.weerbaar.bpmn.crisis.CrisisDecisions;
import nl.weerbaar.bpmn.crisis.CrisisForms;
import nl.weerbaar.bpmn.forms.FormBinder;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.forms.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.crisis.CrisisVariables.*;

/**
 * Adds a recorded decision to the besluitenlijst with the moment it was taken — as given, or now — and the moment
 * and user it was recorded by, then clears the form for the next decision. Runs after the form's own validation;
 * refuses a moment in the future or before the disruption began, leaving the task open.
 */
public final class DecisionLogListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarCrisisDecisionLog";

    private final ZoneId zone;

    public DecisionLogListener(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void notify(DelegateTask task) {
        OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(zone).toOffsetDateTime();
        Map<String, Object> values = task.getVariables();
        CrisisForms.Decision form = FormBinder.bind(CrisisForms.Decision.class, values).form();
        OffsetDateTime decidedAt = form.decidedAt() == null ? now : form.decidedAt();
        Object disruptionStart = task.getVariable(DISRUPTION_START);
        if (decidedAt.isAfter(now.plus(LoadCrisisMeasuresDelegate.CLOCK_TOLERANCE))) {
            refuse("ligt in de toekomst");
        }
        if (disruptionStart instanceof Date start && decidedAt.toInstant().isBefore(start.toInstant())) {
            refuse("ligt vóór het begin van de verstoring (" + start.toInstant().atZone(zone).toOffsetDateTime()
                    + ")");
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        List<Object> log = new ArrayList<>();
        if (task.getVariable(DECISION_LOG) instanceof List<?> earlier) {
            log.addAll(earlier);
        }
        log.add(new CrisisDecisions.Entry(form.decisionKind().name(), form.decision().strip(),
                form.decidedBy().strip(), decidedAt.atZoneSameInstant(zone).toOffsetDateTime(), now,
                user == null ? null : user.getUserId(), form.decisionNote()).toMap());
        task.getExecution().getProcessInstance().setVariable(DECISION_LOG, new ArrayList<>(log));
    }

    private static void refuse(String message) {
        Class<CrisisForms.Decision> form = CrisisForms.Decision.class;
        throw new FormValidationException(form.getAnnotation(TaskForm.class).title(), List.of(new FormViolation(
                DECIDED_AT, FormBinder.label(form, DECIDED_AT), message)));
    }
}
