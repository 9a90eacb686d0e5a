package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.measure.internal.EscalationNotifyListener;
import nl.weerbaar.bpmn.measure.internal.LoadMeasureDelegate;
import nl.weerbaar.bpmn.measure.internal.MeasureStartCheck;
import nl.weerbaar.bpmn.measure.internal.MeasureStatusRecorder;
import nl.weerbaar.bpmn.measure.internal.ReminderDelegate;
import nl.weerbaar.bpmn.measure.internal.ReopenMeasureListener;
import nl.weerbaar.bpmn.measure.internal.ServedKeys;
import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.StartRule;
import nl.weerbaar.bpmn.settings.Deadlines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;

/**
 * {@code weerbaar-maatregel}: the lifecycle of one catalog measure in one gemeente.
 */
public final class MeasureProcess implements ModelledProcess {

    public static final String KEY = "weerbaar-maatregel";

    @Override
    public String key() {
        return KEY;
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
    public List<ProcessBean> beans() {
        return List.of(
                ProcessBean.of(MeasureStatusRecorder.BEAN_NAME, MeasureStatusRecorder.class,
                        c -> new MeasureStatusRecorder()),
                ProcessBean.of(ReopenMeasureListener.BEAN_NAME, ReopenMeasureListener.class,
                        c -> new ReopenMeasureListener(new Deadlines(c.settings()))),
                ProcessBean.of(LoadMeasureDelegate.BEAN_NAME, LoadMeasureDelegate.class,
                        c -> new LoadMeasureDelegate(c.catalogs(), c.roles(), c.routes())),
                ProcessBean.of(ReminderDelegate.BEAN_NAME, ReminderDelegate.class,
                        c -> new ReminderDelegate(c.reminders(), new Deadlines(c.settings()))),
                ProcessBean.of(EscalationNotifyListener.BEAN_NAME, EscalationNotifyListener.class,
                        c -> new EscalationNotifyListener(c.reminders(), new Deadlines(c.settings()))));
    }

    /**
     * Callers pass {@code measureRef} at most; one lifecycle runs per gemeente and measure, under the business key
     * {@code <tenant>:<ref>} of a measure in the gemeente's catalog.
     */
    @Override
    public StartRule startRule() {
        return StartRule.variables(MeasureVariables.MEASURE_REF).onePerBusinessKey()
                .checkedBy(MeasureStartCheck::check);
    }

    /**
     * A region's lifecycle gets the keys of the gemeenten it serves that it lacks (from before it held them) and lets
     * go of those it holds for gemeenten it no longer serves ({@link ServedKeys#reconcile}).
     */
    @Override
    public void reconcile(ProcessEngine engine) {
        ServedKeys.reconcile(engine);
    }
}
