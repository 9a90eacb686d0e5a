package nl.weerbaar.bpmn.noodsteunpunt;

import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.noodsteunpunt.internal.DrinkingWaterNormListener;
import nl.weerbaar.bpmn.noodsteunpunt.internal.KindCheckListener;
import nl.weerbaar.bpmn.noodsteunpunt.internal.NoodsteunpuntStartCheck;
import nl.weerbaar.bpmn.noodsteunpunt.internal.StartNoodsteunpuntListener;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.StartRule;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;

/**
 * {@code weerbaar-noodsteunpunt}: setting up one noodsteunpunt — a gemeente's local one, or a veiligheidsregio's
 * coordinating one in the region's tenant — declaring it operational and testing it again every year.
 */
public final class NoodsteunpuntProcess implements ModelledProcess {

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
    public List<ProcessBean> beans() {
        return List.of(
                ProcessBean.of(StartNoodsteunpuntListener.BEAN_NAME, StartNoodsteunpuntListener.class,
                        c -> new StartNoodsteunpuntListener(c.roles(), c.tenants())),
                ProcessBean.of(KindCheckListener.BEAN_NAME, KindCheckListener.class,
                        c -> new KindCheckListener(c.tenants())),
                ProcessBean.of(DrinkingWaterNormListener.BEAN_NAME, DrinkingWaterNormListener.class,
                        c -> new DrinkingWaterNormListener(c.settings().noodsteunpunt())));
    }

    /** Callers pass the name; one runs per gemeente and name, under {@code <tenant>:noodsteunpunt:<name>}. */
    @Override
    public StartRule startRule() {
        return StartRule.variables(NoodsteunpuntVariables.NAME).onePerBusinessKey()
                .checkedBy(NoodsteunpuntStartCheck::check);
    }
}
