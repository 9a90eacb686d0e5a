package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.WeerbaarProcess;
import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;
import java.util.Map;

/**
 * {@code weerbaar-crisis}: activates the catalog's measures phase by phase during a crisis and reopens the review
 * of measures its evaluation names.
 */
public final class CrisisProcess implements WeerbaarProcess {

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
    public Map<String, Object> beans(WeerbaarComponents components) {
        return Map.of(
                LoadCrisisMeasuresDelegate.BEAN_NAME, new LoadCrisisMeasuresDelegate(components.catalogs()),
                ChecklistTaskListener.BEAN_NAME, new ChecklistTaskListener(components.catalogs()),
                ReopenRefsValidationListener.BEAN_NAME, new ReopenRefsValidationListener(components.catalogs()),
                ReopenReviewsDelegate.BEAN_NAME, new ReopenReviewsDelegate());
    }
}
