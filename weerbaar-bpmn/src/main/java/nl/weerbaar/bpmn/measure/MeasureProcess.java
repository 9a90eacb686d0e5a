package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.ProcessKeys;
import nl.weerbaar.bpmn.WeerbaarProcess;
import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import nl.weerbaar.bpmn.settings.Deadlines;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;
import java.util.Map;

/**
 * {@code weerbaar-maatregel}: the lifecycle of one catalog measure in one gemeente.
 */
public final class MeasureProcess implements WeerbaarProcess {

    @Override
    public String key() {
        return ProcessKeys.MAATREGEL;
    }

    @Override
    public BpmnModelInstance model() {
        return MeasureProcessModel.create();
    }

    @Override
    public List<Class<? extends Record>> forms() {
        return MeasureForms.ALL;
    }

    @Override
    public Map<String, Object> beans(WeerbaarComponents components) {
        return Map.of(
                ReopenMeasureListener.BEAN_NAME, new ReopenMeasureListener(),
                LoadMeasureDelegate.BEAN_NAME, new LoadMeasureDelegate(components.catalogs(), components.roles()),
                ReminderDelegate.BEAN_NAME, new ReminderDelegate(components.reminders(),
                        new Deadlines(components.settings(), components.zone())));
    }
}
