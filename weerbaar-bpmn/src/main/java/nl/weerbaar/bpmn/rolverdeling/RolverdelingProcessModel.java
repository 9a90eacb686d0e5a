package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.model.Models;
import nl.weerbaar.bpmn.rolverdeling.internal.ConfirmationListener;
import nl.weerbaar.bpmn.rolverdeling.internal.InForceDelegate;
import nl.weerbaar.bpmn.rolverdeling.internal.ProposalListener;
import nl.weerbaar.bpmn.rolverdeling.internal.StartRolverdelingDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import static nl.weerbaar.bpmn.model.Models.candidates;
import static nl.weerbaar.bpmn.rolverdeling.RolverdelingVariables.*;

/**
 * The model of {@code weerbaar-rolverdeling}, written with Camunda's fluent builder. {@code ProcessModels} writes it
 * to {@code weerbaar/bpmn/weerbaar-rolverdeling.bpmn}.
 */
public final class RolverdelingProcessModel {

    /** Ends an agreement in force when a newer one for the same gemeente and measure takes effect. */
    public static final String REPLACE_MESSAGE = "weerbaar-rolverdeling-vervangen";

    public static final String START = "StartEvent_RolverdelingGestart";
    public static final String CHECK = "Task_RolverdelingControleren";
    public static final String RECORD = "Task_RolverdelingVastleggen";
    public static final String CONFIRM_GEMEENTE = "Task_BevestigenGemeente";
    public static final String CONFIRM_REGION = "CallActivity_BevestigenVeiligheidsregio";
    public static final String IN_FORCE = "Task_InWerkingStellen";
    public static final String REPLACED = "Message_Vervangen";
    public static final String END_REPLACED = "End_Vervangen";

    private RolverdelingProcessModel() {
    }

    public static BpmnModelInstance create() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(RolverdelingProcess.KEY)
                .name("Rolverdeling vastleggen")
                .documentation("De rolverdeling van één maatregel tussen een gemeente en haar veiligheidsregio,"
                        + " volgens de handreiking weerbaarheid en veerkracht ('Bij het merendeel van de maatregelen"
                        + " geldt echter dat de rolverdeling tussen gemeente en veiligheidsregio afhankelijk is van"
                        + " lokale afspraken'): de gemeente legt vast wie eindverantwoordelijk is, wie ondersteunt en"
                        + " de afspraak (datum, kenmerk); haar bevoegd gezag en daarna de veiligheidsregio, in haar"
                        + " eigen tenant, bevestigen; daarna volgt de levensloop van de maatregel de afspraak, tot een"
                        + " nieuwere haar vervangt. Start met measureRef; business key: <gemeente>:rolverdeling:<ref>.")
                .camundaHistoryTimeToLive(Models.HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false)
                .startEvent(START).name("Rolverdeling gestart")
                .serviceTask(CHECK).name("Maatregel en veiligheidsregio controleren")
                    .camundaDelegateExpression("${" + StartRolverdelingDelegate.BEAN_NAME + "}")
                .exclusiveGateway("Gateway_VastleggenSamen").name("Vastleggen")
                .userTask(RECORD).name("Rolverdeling vastleggen")
                    .camundaFormRef("weerbaar-rolverdeling-vastleggen")
                    .camundaCandidateGroups(candidates("aov-adviseur"))
                    .camundaExecutionListenerExpression("start", status(RolverdelingStatus.VASTLEGGEN))
                    .camundaTaskListenerDelegateExpression("complete", "${" + ProposalListener.BEAN_NAME + "}")
                .userTask(CONFIRM_GEMEENTE).name("Rolverdeling bevestigen namens de gemeente")
                    .camundaFormRef("weerbaar-rolverdeling-bevestigen")
                    .camundaCandidateGroups("${" + AUTHORITY_GROUP + "}")
                    .camundaExecutionListenerExpression("start", clear(GEMEENTE_DECISION))
                    .camundaExecutionListenerExpression("start", clear(GEMEENTE_COMMENT))
                    .camundaTaskListenerDelegateExpression("complete",
                            "${" + ConfirmationListener.GEMEENTE_BEAN_NAME + "}")
                .exclusiveGateway("Gateway_GemeenteBevestigd").name("Bevestigd door de gemeente?")
                .condition("Niet bevestigd", "${" + GEMEENTE_DECISION + " == 'AFGEWEZEN'}")
                .connectTo("Gateway_VastleggenSamen")
                .moveToNode("Gateway_GemeenteBevestigd")
                .condition("Bevestigd", "${" + GEMEENTE_DECISION + " == 'BEVESTIGD'}")
                .callActivity(CONFIRM_REGION).name("Bevestiging door de veiligheidsregio")
                    .calledElement(RolverdelingRegioProcess.KEY)
                    .camundaIn(REGION_TENANT, InstanceTenant.CALLED_TENANT)
                    .camundaInBusinessKey("${" + REGION_TENANT + "}:rolverdeling:${" + GEMEENTE + "}:${"
                            + MEASURE_REF + "}")
                    .camundaIn(GEMEENTE, GEMEENTE)
                    .camundaIn(MEASURE_REF, MEASURE_REF)
                    .camundaIn(MEASURE_TITLE, MEASURE_TITLE)
                    .camundaIn(PROPOSAL, PROPOSAL)
                    .camundaIn(AGREEMENT_NOTE, AGREEMENT_NOTE)
                    .camundaOut(REGION_DECISION, REGION_DECISION)
                    .camundaOut(REGION_COMMENT, REGION_COMMENT)
                    .camundaOut(REGION_REFERENCE, REGION_REFERENCE)
                    .camundaOut(CONFIRMED_BY_REGION, CONFIRMED_BY_REGION)
                    .camundaOut(CONFIRMED_BY_REGION_USER, CONFIRMED_BY_REGION_USER)
                    .camundaExecutionListenerExpression("start", clear(REGION_DECISION))
                    .camundaExecutionListenerExpression("start", clear(REGION_COMMENT))
                .exclusiveGateway("Gateway_RegioBevestigd").name("Bevestigd door de veiligheidsregio?")
                .condition("Niet bevestigd", "${" + REGION_DECISION + " == 'AFGEWEZEN'}")
                .connectTo("Gateway_VastleggenSamen")
                .moveToNode("Gateway_RegioBevestigd")
                .condition("Bevestigd", "${" + REGION_DECISION + " == 'BEVESTIGD'}")
                .serviceTask(IN_FORCE).name("Rolverdeling in werking stellen")
                    .camundaDelegateExpression("${" + InForceDelegate.BEAN_NAME + "}")
                .intermediateCatchEvent(REPLACED).name("Vervangen door een nieuwere afspraak")
                    .message(REPLACE_MESSAGE)
                .endEvent(END_REPLACED).name("Afspraak vervangen")
                    .camundaExecutionListenerExpression("start", status(RolverdelingStatus.VERVANGEN))
                .done();
        return Models.finish(model);
    }

    private static String status(RolverdelingStatus status) {
        return "${execution.setVariable('" + STATUS + "', '" + status.name() + "')}";
    }

    /** An expression that removes an answer of an earlier round, so a form cannot be passed on it again. */
    private static String clear(String variable) {
        return "${execution.removeVariable('" + variable + "')}";
    }
}
