package nl.weerbaar.bpmn.zienswijze;

import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.StartRule;
import nl.weerbaar.bpmn.zienswijze.internal.GemeenteStartListener;
import nl.weerbaar.bpmn.zienswijze.internal.OutcomeListener;
import nl.weerbaar.bpmn.zienswijze.internal.ZienswijzeReminderDelegate;
import nl.weerbaar.bpmn.zienswijze.internal.ZienswijzeStartCheck;
import nl.weerbaar.bpmn.zienswijze.internal.ZienswijzeTerms;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;

/**
 * {@code weerbaar-zienswijze-gemeente}: one gemeenteraad's zienswijze on the veiligheidsregio's draft budget,
 * started by {@link ZienswijzeRegioProcess} in the gemeente's own tenant.
 */
public final class ZienswijzeGemeenteProcess implements ModelledProcess {

    public static final String KEY = "weerbaar-zienswijze-gemeente";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BpmnModelInstance model() {
        return ZienswijzeGemeenteProcessModel.create();
    }

    @Override
    public List<Class<? extends Record>> forms() {
        return ZienswijzeGemeenteForms.ALL;
    }

    @Override
    public List<ProcessBean> beans() {
        return List.of(
                ProcessBean.of(ZienswijzeTerms.BEAN_NAME, ZienswijzeTerms.class, c -> new ZienswijzeTerms(c.settings())),
                ProcessBean.of(GemeenteStartListener.BEAN_NAME, GemeenteStartListener.class,
                        c -> new GemeenteStartListener(new ZienswijzeTerms(c.settings()))),
                ProcessBean.of(ZienswijzeReminderDelegate.BEAN_NAME, ZienswijzeReminderDelegate.class,
                        c -> new ZienswijzeReminderDelegate(c.reminders(), new ZienswijzeTerms(c.settings()))),
                ProcessBean.of(OutcomeListener.BEAN_NAME, OutcomeListener.class, c -> new OutcomeListener()));
    }

    /** One runs per gemeente and budget year, under {@code <tenant>:zienswijze:<budgetYear>}. */
    @Override
    public StartRule startRule() {
        return StartRule.variables(ZienswijzeVariables.BUDGET_YEAR, ZienswijzeVariables.ZIENSWIJZE_DEADLINE,
                ZienswijzeVariables.REGION_NAME, ZienswijzeVariables.DRAFT_BUDGET_LINK).onePerBusinessKey()
                .checkedBy(ZienswijzeStartCheck::check);
    }
}
