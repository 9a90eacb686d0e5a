package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.model.Models;
import nl.weerbaar.bpmn.rolverdeling.internal.ConfirmationListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import static nl.weerbaar.bpmn.model.Models.candidates;

/**
 * The model of {@code weerbaar-rolverdeling-regio}. {@code ProcessModels} writes it to
 * {@code weerbaar/bpmn/weerbaar-rolverdeling-regio.bpmn}.
 */
public final class RolverdelingRegioProcessModel {

    public static final String START = "StartEvent_BevestigingGevraagd";
    public static final String CONFIRM = "Task_BevestigenVeiligheidsregio";
    public static final String END = "End_Beantwoord";

    private RolverdelingRegioProcessModel() {
    }

    public static BpmnModelInstance create() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(RolverdelingRegioProcess.KEY)
                .name("Rolverdeling bevestigen (veiligheidsregio)")
                .documentation("De bevestiging door de veiligheidsregio, in haar eigen tenant, van de rolverdeling die"
                        + " een gemeente vastlegde en haar bevoegd gezag bevestigde (proces weerbaar-rolverdeling)."
                        + " Business key: <regio>:rolverdeling:<gemeente>:<ref>.")
                .camundaHistoryTimeToLive(Models.HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false)
                .startEvent(START).name("Bevestiging gevraagd")
                .userTask(CONFIRM).name("Rolverdeling bevestigen namens de veiligheidsregio")
                    .camundaFormRef("weerbaar-rolverdeling-regio-bevestigen")
                    .camundaCandidateGroups(candidates("veiligheidsregio-bestuur"))
                    .camundaTaskListenerDelegateExpression("complete",
                            "${" + ConfirmationListener.REGION_BEAN_NAME + "}")
                .endEvent(END).name("Beantwoord")
                .done();
        return Models.finish(model);
    }
}
