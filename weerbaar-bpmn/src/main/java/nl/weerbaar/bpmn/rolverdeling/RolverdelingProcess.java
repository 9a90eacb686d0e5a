package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.StartRule;
import nl.weerbaar.bpmn.rolverdeling.internal.ConfirmationListener;
import nl.weerbaar.bpmn.rolverdeling.internal.InForceDelegate;
import nl.weerbaar.bpmn.rolverdeling.internal.ProposalListener;
import nl.weerbaar.bpmn.rolverdeling.internal.RolverdelingStartCheck;
import nl.weerbaar.bpmn.rolverdeling.internal.StartRolverdelingDelegate;
import nl.weerbaar.bpmn.routing.RecordedAgreements;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.List;

/**
 * {@code weerbaar-rolverdeling}: a gemeente records the rolverdeling of one measure it agreed with its
 * veiligheidsregio, its bevoegd gezag and then the region ({@link RolverdelingRegioProcess}, in the region's
 * tenant) confirm it, and from then on the measure's lifecycle follows it, until a newer agreement replaces it.
 */
public final class RolverdelingProcess implements ModelledProcess {

    public static final String KEY = RecordedAgreements.PROCESS_KEY;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BpmnModelInstance model() {
        return RolverdelingProcessModel.create();
    }

    @Override
    public List<Class<? extends Record>> forms() {
        return RolverdelingForms.GEMEENTE;
    }

    @Override
    public List<ProcessBean> beans() {
        return List.of(
                ProcessBean.of(StartRolverdelingDelegate.BEAN_NAME, StartRolverdelingDelegate.class,
                        c -> new StartRolverdelingDelegate(c.catalogs(), c.roles(), c.routes())),
                ProcessBean.of(ProposalListener.BEAN_NAME, ProposalListener.class,
                        c -> new ProposalListener(c.catalogs(), c.routes(), c.settings().zone())),
                ProcessBean.of(ConfirmationListener.GEMEENTE_BEAN_NAME, ConfirmationListener.class,
                        c -> ConfirmationListener.gemeente()),
                ProcessBean.of(InForceDelegate.BEAN_NAME, InForceDelegate.class,
                        c -> new InForceDelegate(c.catalogs(), c.routes())));
    }

    /**
     * Callers pass the measure; one agreement on it is recorded at a time per gemeente, under
     * {@code <gemeente>:rolverdeling:<ref>}, and one is in force, under {@code <gemeente>:rolverdeling:<ref>:van-kracht}.
     */
    @Override
    public StartRule startRule() {
        return StartRule.variables(RolverdelingVariables.MEASURE_REF).onePerBusinessKey()
                .checkedBy(RolverdelingStartCheck::gemeente);
    }
}
