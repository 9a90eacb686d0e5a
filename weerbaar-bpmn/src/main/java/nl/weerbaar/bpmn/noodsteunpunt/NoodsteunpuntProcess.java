package nl.weerbaar.bpmn.noodsteunpunt;

import nl.weerbaar.bpmn.WeerbaarProcess;
import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;
import java.util.Map;

/**
 * {@code weerbaar-noodsteunpunt}: setting up one noodsteunpunt in a gemeente, declaring it operational and
 * testing it again every year.
 */
public final class NoodsteunpuntProcess implements WeerbaarProcess {

    public static final String KEY = "weerbaar-noodsteunpunt";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BpmnModelInstance model() {
        return NoodsteunpuntProcessModel.create();
    }

    @Override
    public List<Class<? extends Record>> forms() {
        return NoodsteunpuntForms.ALL;
    }

    @Override
    public Map<String, Object> beans(WeerbaarComponents components) {
        return Map.of(
                StartNoodsteunpuntListener.BEAN_NAME, new StartNoodsteunpuntListener(),
                DrinkingWaterNormListener.BEAN_NAME, new DrinkingWaterNormListener());
    }
}
