package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.crisis.internal.ChecklistTaskListener;
import nl.weerbaar.bpmn.crisis.internal.DecisionLogListener;
import nl.weerbaar.bpmn.crisis.internal.EvaluationOpensListener;
import nl.weerbaar.bpmn.crisis.internal.LoadCrisisMeasuresDelegate;
import nl.weerbaar.bpmn.crisis.internal.ReopenRefsValidationListener;
import nl.weerbaar.bpmn.crisis.internal.ReopenReviewsDelegate;
import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.StartRule;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;

/**
 * {@code weerbaar-crisis}: activates the catalog's measures phase by phase during a crisis and reopens the review
 * of measures its evaluation names.
 */
public final class CrisisProcess implements ModelledProcess {

    public static final String KEY = "weerbaar-crisis";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BpmnModelInstance model() {
        return CrisisProcessModel.create();
    }

    @Override
    public List<Class<? extends Record>> forms() {
        return CrisisForms.ALL;
    }

    @Override
    public List<ProcessBean> beans() {
        return List.of(
                ProcessBean.of(LoadCrisisMeasuresDelegate.BEAN_NAME, LoadCrisisMeasuresDelegate.class,
                        c -> new LoadCrisisMeasuresDelegate(c.catalogs(), c.scenarios(), c.settings().zone())),
                ProcessBean.of(DecisionLogListener.BEAN_NAME, DecisionLogListener.class,
                        c -> new DecisionLogListener(c.settings().zone())),
                ProcessBean.of(EvaluationOpensListener.BEAN_NAME, EvaluationOpensListener.class,
                        c -> new EvaluationOpensListener(c.settings().zone())),
                ProcessBean.of(ChecklistTaskListener.BEAN_NAME, ChecklistTaskListener.class,
                        c -> new ChecklistTaskListener(c.catalogs())),
                ProcessBean.of(ReopenRefsValidationListener.BEAN_NAME, ReopenRefsValidationListener.class,
                        c -> new ReopenRefsValidationListener(c.catalogs())),
                ProcessBean.of(ReopenReviewsDelegate.BEAN_NAME, ReopenReviewsDelegate.class,
                        c -> new ReopenReviewsDelegate(c.routes())));
    }

    /**
     * Callers pass the scenario and, when it is not now, the disruption's start; one crisis runs per tenant and
     * business key, which its end message uses.
     */
    @Override
    public StartRule startRule() {
        return StartRule.variables(CrisisVariables.SCENARIO, CrisisVariables.DISRUPTION_START).onePerBusinessKey();
    }
}
