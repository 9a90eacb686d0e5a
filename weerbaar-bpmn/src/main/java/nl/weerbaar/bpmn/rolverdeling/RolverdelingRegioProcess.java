package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.StartRule;
import nl.weerbaar.bpmn.rolverdeling.internal.ConfirmationListener;
import nl.weerbaar.bpmn.rolverdeling.internal.RolverdelingStartCheck;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;

/**
 * {@code weerbaar-rolverdeling-regio}: the veiligheidsregio's confirmation of a gemeente's rolverdeling, in the
 * region's own tenant; called by {@link RolverdelingProcess}.
 */
public final class RolverdelingRegioProcess implements ModelledProcess {

    public static final String KEY = "weerbaar-rolverdeling-regio";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BpmnModelInstance model() {
        return RolverdelingRegioProcessModel.create();
    }

    @Override
    public List<Class<? extends Record>> forms() {
        return RolverdelingForms.REGIO;
    }

    @Override
    public List<ProcessBean> beans() {
        return List.of(ProcessBean.of(ConfirmationListener.REGION_BEAN_NAME, ConfirmationListener.class,
                c -> ConfirmationListener.region()));
    }

    /**
     * Started only by the gemeente's {@link RolverdelingProcess}; one confirmation runs per region, gemeente and
     * measure, under {@code <region>:rolverdeling:<gemeente>:<ref>}.
     */
    @Override
    public StartRule startRule() {
        return StartRule.none().onePerBusinessKey().checkedBy(RolverdelingStartCheck::region);
    }
}
