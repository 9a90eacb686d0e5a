package nl.weerbaar.bpmn.zienswijze;

import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.StartRule;
import nl.weerbaar.bpmn.zienswijze.internal.AdoptionListener;
import nl.weerbaar.bpmn.zienswijze.internal.AnswerListener;
import nl.weerbaar.bpmn.zienswijze.internal.CollectOutcomeListener;
import nl.weerbaar.bpmn.zienswijze.internal.DraftBudgetSentListener;
import nl.weerbaar.bpmn.zienswijze.internal.KadersSentListener;
import nl.weerbaar.bpmn.zienswijze.internal.ProvinceEscalationNotifyListener;
import nl.weerbaar.bpmn.zienswijze.internal.StartCycleDelegate;
import nl.weerbaar.bpmn.zienswijze.internal.ZienswijzeStartCheck;
import nl.weerbaar.bpmn.zienswijze.internal.ZienswijzeTerms;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;

/**
 * {@code weerbaar-zienswijze-regio}: the veiligheidsregio's yearly budget cycle with the zienswijzen of its
 * member gemeenten, each gathered by {@link ZienswijzeGemeenteProcess} in the gemeente's own tenant.
 */
public final class ZienswijzeRegioProcess implements ModelledProcess {

    public static final String KEY = "weerbaar-zienswijze-regio";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BpmnModelInstance model() {
        return ZienswijzeRegioProcessModel.create();
    }

    @Override
    public List<Class<? extends Record>> forms() {
        return ZienswijzeRegioForms.ALL;
    }

    @Override
    public List<ProcessBean> beans() {
        return List.of(
                ProcessBean.of(ZienswijzeTerms.BEAN_NAME, ZienswijzeTerms.class, c -> new ZienswijzeTerms(c.settings())),
                ProcessBean.of(StartCycleDelegate.BEAN_NAME, StartCycleDelegate.class,
                        c -> new StartCycleDelegate(new ZienswijzeTerms(c.settings()), c.tenants())),
                ProcessBean.of(KadersSentListener.BEAN_NAME, KadersSentListener.class,
                        c -> new KadersSentListener(new ZienswijzeTerms(c.settings()))),
                ProcessBean.of(DraftBudgetSentListener.BEAN_NAME, DraftBudgetSentListener.class,
                        c -> new DraftBudgetSentListener(new ZienswijzeTerms(c.settings()))),
                ProcessBean.of(CollectOutcomeListener.BEAN_NAME, CollectOutcomeListener.class,
                        c -> new CollectOutcomeListener()),
                ProcessBean.of(AnswerListener.BEAN_NAME, AnswerListener.class, c -> new AnswerListener()),
                ProcessBean.of(AdoptionListener.BEAN_NAME, AdoptionListener.class,
                        c -> new AdoptionListener(new ZienswijzeTerms(c.settings()))),
                ProcessBean.of(ProvinceEscalationNotifyListener.BEAN_NAME, ProvinceEscalationNotifyListener.class,
                        c -> new ProvinceEscalationNotifyListener(c.reminders(), new ZienswijzeTerms(c.settings()))));
    }

    /** One cycle runs per region and budget year, under {@code <tenant>:zienswijze:<budgetYear>}. */
    @Override
    public StartRule startRule() {
        return StartRule.variables(ZienswijzeVariables.BUDGET_YEAR, ZienswijzeVariables.MEMBER_GEMEENTEN,
                ZienswijzeVariables.REGION_NAME).onePerBusinessKey().checkedBy(ZienswijzeStartCheck::check);
    }
}
