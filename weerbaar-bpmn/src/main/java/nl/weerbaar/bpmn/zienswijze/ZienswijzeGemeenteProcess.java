package nl.weerbaar.bpmn.zienswijze;

import nl.weerbaar.bpmn.WeerbaarProcess;
import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;
import java.util.Map;

/**
 * {@code weerbaar-zienswijze-gemeente}: one gemeenteraad's zienswijze on the veiligheidsregio's draft budget,
 * started by {@link ZienswijzeRegioProcess} in the gemeente's own tenant.
 */
public final class ZienswijzeGemeenteProcess implements WeerbaarProcess {

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
    public Map<String, Object> beans(WeerbaarComponents components) {
        ZienswijzeTerms terms = new ZienswijzeTerms(components.settings(), components.zone());
        return Map.of(
                ZienswijzeTerms.BEAN_NAME, terms,
                GemeenteStartListener.BEAN_NAME, new GemeenteStartListener(terms),
                ZienswijzeReminderDelegate.BEAN_NAME, new ZienswijzeReminderDelegate(components.reminders(),
                        components.roles(), terms),
                OutcomeListener.BEAN_NAME, new OutcomeListener());
    }
}
