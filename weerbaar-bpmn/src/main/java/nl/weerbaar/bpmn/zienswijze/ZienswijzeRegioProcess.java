package nl.weerbaar.bpmn.zienswijze;

import nl.weerbaar.bpmn.WeerbaarProcess;
import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;
import java.util.Map;

/**
 * {@code weerbaar-zienswijze-regio}: the veiligheidsregio's yearly budget cycle with the zienswijzen of its
 * member gemeenten, each gathered by {@link ZienswijzeGemeenteProcess} in the gemeente's own tenant.
 */
public final class ZienswijzeRegioProcess implements WeerbaarProcess {

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
    public Map<String, Object> beans(WeerbaarComponents components) {
        ZienswijzeTerms terms = new ZienswijzeTerms(components.settings(), components.zone());
        return Map.of(
                ZienswijzeTerms.BEAN_NAME, terms,
                StartCycleDelegate.BEAN_NAME, new StartCycleDelegate(terms),
                KadersSentListener.BEAN_NAME, new KadersSentListener(terms),
                DraftBudgetSentListener.BEAN_NAME, new DraftBudgetSentListener(terms),
                CollectOutcomeListener.BEAN_NAME, new CollectOutcomeListener(),
                AnswerListener.BEAN_NAME, new AnswerListener(),
                AdoptionListener.BEAN_NAME, new AdoptionListener(terms));
    }
}
