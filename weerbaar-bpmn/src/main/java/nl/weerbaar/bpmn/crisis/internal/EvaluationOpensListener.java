package nl.weerbaar.bpmn.crisis.internal;

import nl.weerbaar.bpmn.crisis.CrisisDecisions;
import nl.weerbaar.bpmn.forms.FormBinder;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.time.ZoneId;
import java.util.List;

import static nl.weerbaar.bpmn.crisis.CrisisVariables.*;

/**
 * When the evaluation opens, puts the besluitenlijst on its form — one line per decision, oldest first, within the
 * engine's limit for text — and records how many decisions were taken, so the evaluation starts from them.
 */
public final class EvaluationOpensListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarCrisisEvaluationOpens";

    /** The longest text the engine stores in a variable. */
    static final int MAX_TEXT = FormBinder.STORED_TEXT_MAX;

    private final ZoneId zone;

    public EvaluationOpensListener(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void notify(DelegateTask task) {
        List<CrisisDecisions.Entry> decisions = CrisisDecisions.of(task.getVariable(DECISION_LOG));
        task.setVariableLocal(DECISION_LOG_TEXT, CrisisDecisions.text(decisions, zone, MAX_TEXT));
        task.getExecution().getProcessInstance().setVariable(DECISION_COUNT, decisions.size());
    }
}
