package nl.weerbaar.bpmn.zienswijze;

import nl.weerbaar.bpmn.zienswijze.internal.GemeenteStartListener;
import nl.weerbaar.bpmn.zienswijze.internal.OutcomeListener;
import nl.weerbaar.bpmn.zienswijze.internal.ZienswijzeReminderDelegate;
import nl.weerbaar.bpmn.zienswijze.internal.ZienswijzeTerms;
import nl.weerbaar.bpmn.model.Models;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import static nl.weerbaar.bpmn.model.Models.candidates;

/**
 * The model of {@code weerbaar-zienswijze-gemeente}, written with Camunda's fluent builder, which also lays out
 * the diagram. {@code ProcessModels} writes it to {@code weerbaar/bpmn/weerbaar-zienswijze-gemeente.bpmn}.
 */
public final class ZienswijzeGemeenteProcessModel {

    public static final String START = "StartEvent_OntwerpbegrotingOntvangen";
    public static final String TERM = "SubProcess_Zienswijzetermijn";
    public static final String ANALYSIS = "Task_Analyseren";
    public static final String COLLEGE_PROPOSAL = "Task_Collegevoorstel";
    public static final String RAADSVOORSTEL = "Task_Raadsvoorstel";
    public static final String RAAD_DECISION = "Task_Raadsbesluit";
    public static final String SEND = "Task_Versturen";
    public static final String END_SENT = "End_ZienswijzeVerstuurd";
    public static final String END_NO_ZIENSWIJZE = "End_GeenZienswijze";
    public static final String END = "End_Afgerond";
    public static final String REMINDER = "Boundary_Herinnering";
    public static final String SEND_REMINDER = "Task_GriffieHerinneren";
    public static final String TERM_EXPIRED = "Boundary_TermijnVerstreken";
    public static final String END_TERM_EXPIRED = "End_TermijnVerstreken";

    private static final String OUTCOME = "${" + OutcomeListener.BEAN_NAME + "}";

    private ZienswijzeGemeenteProcessModel() {
    }

    public static BpmnModelInstance create() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(ZienswijzeGemeenteProcess.KEY)
                .name("Zienswijze op de begroting van de veiligheidsregio")
                .documentation("De zienswijze van één gemeenteraad op de ontwerpbegroting van de veiligheidsregio,"
                        + " gestart door weerbaar-zienswijze-regio in de eigen tenant van de gemeente: ambtelijke"
                        + " analyse, collegevoorstel, raadsvoorstel, raadsbesluit en verzending. De raad heeft"
                        + " twaalf weken (Wet gemeenschappelijke regelingen art. 35(3), zoals geldend sinds 1 juli"
                        + " 2022, Stb. 2022, 18); de griffie krijgt een herinnering voor het einde, en wat bij het"
                        + " einde van de termijn niet is verstuurd telt als 'geen zienswijze ingediend'."
                        + " Business key: <gemeente>:zienswijze:<begrotingsjaar>.")
                .camundaHistoryTimeToLive(Models.HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false)
                .startEvent(START).name("Ontwerpbegroting ontvangen")
                    .camundaExecutionListenerDelegateExpression("start",
                            "${" + GemeenteStartListener.BEAN_NAME + "}")
                .subProcess(TERM).name("Zienswijze binnen de termijn voorbereiden")
                    .embeddedSubProcess()
                    .startEvent("Start_Zienswijzetermijn").name("Termijn gestart")
                    .userTask(ANALYSIS).name("Ontwerpbegroting ambtelijk analyseren")
                        .camundaFormRef("weerbaar-zienswijze-gemeente-analyse")
                        .camundaCandidateGroups(candidates("aov-adviseur"))
                    .userTask(COLLEGE_PROPOSAL).name("Collegevoorstel vaststellen")
                        .camundaFormRef("weerbaar-zienswijze-gemeente-collegevoorstel")
                        
                        .camundaCandidateGroups(candidates("wethouder"))
                    .userTask(RAADSVOORSTEL).name("Raadsvoorstel opstellen")
                        .camundaFormRef("weerbaar-zienswijze-gemeente-raadsvoorstel")
                        
                        .camundaCandidateGroups(candidates("griffie"))
                    .userTask(RAAD_DECISION).name("Raadsbesluit vastleggen")
                        .camundaFormRef("weerbaar-zienswijze-gemeente-raadsbesluit")
                        .camundaCandidateGroups(candidates("griffie"))
                    .exclusiveGateway("Gateway_ZienswijzeIndienen").name("Zienswijze indienen?")
                    .condition("Zienswijze indienen", "${raadDecision == 'ZIENSWIJZE_INDIENEN'}")
                    .userTask(SEND).name("Zienswijze versturen")
                        .camundaFormRef("weerbaar-zienswijze-gemeente-verzenden")
                        .camundaCandidateGroups(candidates("griffie"))
                    .endEvent(END_SENT).name("Zienswijze verstuurd")
                        .camundaExecutionListenerDelegateExpression("start", OUTCOME)
                    .moveToNode("Gateway_ZienswijzeIndienen")
                    .condition("Geen zienswijze", "${raadDecision == 'GEEN_ZIENSWIJZE'}")
                    .endEvent(END_NO_ZIENSWIJZE).name("Raad dient geen zienswijze in")
                        .camundaExecutionListenerDelegateExpression("start", OUTCOME)
                    .subProcessDone()
                .endEvent(END).name("Zienswijzetraject afgerond")
                .moveToActivity(TERM)
                .boundaryEvent(REMINDER).name("Termijn loopt bijna af").cancelActivity(false)
                    .timerWithDate("${" + ZienswijzeTerms.BEAN_NAME + ".reminderAt(zienswijzeDeadline)}")
                .serviceTask(SEND_REMINDER).name("Griffie herinneren")
                    .camundaDelegateExpression("${" + ZienswijzeReminderDelegate.BEAN_NAME + "}")
                .endEvent("End_Herinnerd").name("Griffie herinnerd")
                .moveToActivity(TERM)
                .boundaryEvent(TERM_EXPIRED).name("Zienswijzetermijn verstreken")
                    .timerWithDate("${" + ZienswijzeTerms.BEAN_NAME + ".passedAt(zienswijzeDeadline)}")
                .endEvent(END_TERM_EXPIRED).name("Geen zienswijze binnen de termijn")
                    .camundaExecutionListenerDelegateExpression("start", OUTCOME)
                .done();
        return Models.finish(model);
    }
}
