package nl.weerbaar.bpmn.rolverdeling.internal;

import nl.weerbaar.bpmn.rolverdeling.RolverdelingForms;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import static nl.weerbaar.bpmn.rolverdeling.RolverdelingVariables.*;

/**
 * Records one party's confirmation of the agreement — when (the engine's clock) and by whom — or, when it does not
 * confirm, sends the agreement back to be recorded again.
 */
public final class ConfirmationListener implements TaskListener {

    /** The name under which the gemeente's model finds its listener. */
    public static final String GEMEENTE_BEAN_NAME = "weerbaarRolverdelingBevestigdGemeente";
    /** The name under which the region's model finds its listener. */
    public static final String REGION_BEAN_NAME = "weerbaarRolverdelingBevestigdRegio";

    private final String decision;
    private final String confirmedOn;
    private final String confirmedBy;
    private final RolverdelingStatus next;

    private ConfirmationListener(String decision, String confirmedOn, String confirmedBy, RolverdelingStatus next) {
        this.decision = decision;
        this.confirmedOn = confirmedOn;
        this.confirmedBy = confirmedBy;
        this.next = next;
    }

    /** The gemeente's bevoegd gezag confirms; the region is next. */
    public static ConfirmationListener gemeente() {
        return new ConfirmationListener(GEMEENTE_DECISION, CONFIRMED_BY_GEMEENTE, CONFIRMED_BY_GEMEENTE_USER,
                RolverdelingStatus.BEVESTIGING_VEILIGHEIDSREGIO);
    }

    /** The region confirms, in its own process; the gemeente's process then puts the agreement in force. */
    public static ConfirmationListener region() {
        return new ConfirmationListener(REGION_DECISION, CONFIRMED_BY_REGION, CONFIRMED_BY_REGION_USER, null);
    }

    @Override
    public void notify(DelegateTask task) {
        if (RolverdelingForms.Confirmation.BEVESTIGD.name().equals(task.getVariable(decision))) {
            Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            task.setVariable(confirmedOn, ClockUtil.getCurrentTime());
            task.setVariable(confirmedBy, user == null ? null : user.getUserId());
            if (next != null) {
                task.setVariable(STATUS, next.name());
            }
        } else if (next != null) {
            task.setVariable(STATUS, RolverdelingStatus.VASTLEGGEN.name());
        }
    }
}
