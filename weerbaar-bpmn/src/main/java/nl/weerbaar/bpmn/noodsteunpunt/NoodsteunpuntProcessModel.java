package nl.weerbaar.bpmn.noodsteunpunt;

import nl.weerbaar.bpmn.noodsteunpunt.internal.DrinkingWaterNormListener;
import nl.weerbaar.bpmn.noodsteunpunt.internal.KindCheckListener;
import nl.weerbaar.bpmn.noodsteunpunt.internal.StartNoodsteunpuntListener;
import nl.weerbaar.bpmn.model.Models;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import static nl.weerbaar.bpmn.model.Models.candidatesFrom;
import static nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntVariables.*;

/**
 * The model of {@code weerbaar-noodsteunpunt}, written with Camunda's fluent builder, which also lays out the
 * diagram. {@code ProcessModels} writes it to {@code weerbaar/bpmn/weerbaar-noodsteunpunt.bpmn}.
 */
public final class NoodsteunpuntProcessModel {

    public static final String START = "StartEvent_Gestart";
    public static final String PROPOSE_LOCATION = "Task_LocatieVoorstellen";
    public static final String ASSESS_LOCATION = "Task_LocatieBeoordelen";
    public static final String AGREE_ROLES = "Task_RollenAfspreken";
    public static final String ARRANGE_FACILITIES = "Task_VoorzieningenRegelen";
    public static final String LINK_KEY_FIGURES = "Task_SleutelfigurenKoppelen";
    public static final String INFORM_SOCIAL_PARTNERS = "Task_SocialePartnersInformeren";
    public static final String INFORM_RESIDENTS = "Task_InwonersInformeren";
    public static final String EXERCISE = "Task_Oefenen";
    public static final String FIX = "Task_GebrekenHerstellen";
    public static final String DECLARE = "Task_OperationeelVerklaren";
    public static final String OPERATIONAL = "Event_Operationeel";
    public static final String WAIT_FOR_RETEST = "Timer_Hertest";
    public static final String RETEST = "Task_Hertesten";
    public static final String RETEST_FIX = "Task_GebrekenNaHertestHerstellen";
    public static final String WAITING = "Gateway_WachtOpHertest";
    public static final String DISCONTINUED = "Message_Opheffen";
    public static final String END_DISCONTINUED = "End_Opgeheven";
    /**
     * Discontinues an operational noodsteunpunt while it waits for its next re-test, e.g. when the building
     * closes; correlate with its business key and tenant, optionally with the variable
     * {@link NoodsteunpuntVariables#DISCONTINUE_REASON}.
     */
    public static final String DISCONTINUE_MESSAGE = "weerbaar-noodsteunpunt-opheffen";

    /** The gemeente's AOV-adviseur, or the region's people for a coordinating noodsteunpunt (set at the start). */
    private static final String AOV = candidatesFrom(WORK_GROUP, "aov-adviseur");

    private NoodsteunpuntProcessModel() {
    }

    public static BpmnModelInstance create() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(NoodsteunpuntProcess.KEY)
                .name("Noodsteunpunt inrichten")
                .documentation("Het inrichten van één noodsteunpunt in één gemeente, samen met de veiligheidsregio"
                        + " (handreiking weerbaarheid en veerkracht, maatregel 2.2): locatie voorstellen en laten"
                        + " beoordelen, rolverdeling met veiligheidsregio en sleutelhouder, voorzieningen (ten minste"
                        + " informatie en een analoog communicatiemiddel als internet en telefoon uitvallen; drinkwater"
                        + " getoetst aan de planningsnormen van de drinkwaterbedrijven, met een waarschuwing bij"
                        + " afwijking), sleutelfiguren en vrijwilligers (4.5), sociale partners laten weten welke"
                        + " noodsteunpunten voor hun wijk relevant zijn (2.2), inwoners informeren (5.2), oefenen tot het"
                        + " werkt, operationeelverklaring door de burgemeester en een jaarlijkse hertest. Een"
                        + " coördinerend noodsteunpunt loopt in de tenant van de veiligheidsregio, met haar mensen,"
                        + " directeur en bestuur. Business key: <tenant>:noodsteunpunt:<naam>.")
                .camundaHistoryTimeToLive(Models.HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false)
                .startEvent(START).name("Noodsteunpunt gestart")
                    .camundaExecutionListenerDelegateExpression("start",
                            "${" + StartNoodsteunpuntListener.BEAN_NAME + "}")
                .exclusiveGateway("Gateway_LocatieSamen").name("Locatie zoeken")
                .userTask(PROPOSE_LOCATION).name("Locatie voorstellen")
                    .camundaFormRef("weerbaar-noodsteunpunt-locatie")
                    .camundaCandidateGroups(AOV)
                    .camundaTaskListenerDelegateExpression("complete", "${" + KindCheckListener.BEAN_NAME + "}")
                    .camundaExecutionListenerExpression("start", setStatus(NoodsteunpuntStatus.LOCATIE_VOORSTELLEN))
                .userTask(ASSESS_LOCATION).name("Locatie beoordelen")
                    .camundaFormRef("weerbaar-noodsteunpunt-locatiebeoordeling")
                    .camundaCandidateGroups(candidatesFrom(ASSESSOR_GROUP, "veiligheidsregio"))
                    .camundaExecutionListenerExpression("start",
                            setStatus(NoodsteunpuntStatus.LOCATIE_TER_BEOORDELING))
                    .camundaExecutionListenerExpression("start", clear(LOCATION_DECISION))
                    .camundaExecutionListenerExpression("start", clear(LOCATION_REASONS))
                .exclusiveGateway("Gateway_LocatieGeschikt").name("Locatie geschikt?")
                .condition("Niet geschikt", "${" + LOCATION_DECISION + " == 'NIET_GESCHIKT'}")
                .connectTo("Gateway_LocatieSamen")
                .moveToNode("Gateway_LocatieGeschikt")
                .condition("Geschikt", "${" + LOCATION_DECISION + " == 'GESCHIKT'}")
                .userTask(AGREE_ROLES).name("Rolverdeling afspreken met veiligheidsregio en sleutelhouder")
                    .camundaFormRef("weerbaar-noodsteunpunt-rollen")
                    .camundaCandidateGroups(AOV)
                    .camundaExecutionListenerExpression("start", setStatus(NoodsteunpuntStatus.IN_INRICHTING))
                .userTask(ARRANGE_FACILITIES).name("Voorzieningen regelen")
                    .camundaFormRef("weerbaar-noodsteunpunt-voorzieningen")
                    .camundaCandidateGroups(AOV)
                    .camundaTaskListenerDelegateExpression("complete", "${" + DrinkingWaterNormListener.BEAN_NAME + "}")
                .userTask(LINK_KEY_FIGURES).name("Sleutelfiguren en vrijwilligers koppelen")
                    .camundaFormRef("weerbaar-noodsteunpunt-sleutelfiguren")
                    .camundaCandidateGroups(AOV)
                .userTask(INFORM_SOCIAL_PARTNERS).name("Sociale partners informeren")
                    .camundaFormRef("weerbaar-noodsteunpunt-sociale-partners")
                    .camundaCandidateGroups(AOV)
                .userTask(INFORM_RESIDENTS).name("Inwoners informeren")
                    .camundaFormRef("weerbaar-noodsteunpunt-inwoners")
                    .camundaCandidateGroups(AOV)
                .exclusiveGateway("Gateway_OefenenSamen").name("Oefenen")
                .userTask(EXERCISE).name("Noodsteunpunt beproeven in een oefening")
                    .camundaFormRef("weerbaar-noodsteunpunt-oefening")
                    .camundaCandidateGroups(AOV)
                    .camundaExecutionListenerExpression("start", setStatus(NoodsteunpuntStatus.IN_OEFENING))
                    // Each round is judged afresh: no result, findings or earlier refusal carries over.
                    .camundaExecutionListenerExpression("start", clear(EXERCISE_DATE))
                    .camundaExecutionListenerExpression("start", clear(TEST_RESULT))
                    .camundaExecutionListenerExpression("start", clear(TEST_FINDINGS))
                    .camundaExecutionListenerExpression("start", clear(DECLARATION_DECISION))
                    .camundaExecutionListenerExpression("start", clear(DECLARATION_COMMENT))
                .exclusiveGateway("Gateway_OefeningGeslaagd").name("Oefening geslaagd?")
                .condition("Niet geslaagd", "${" + TEST_RESULT + " == 'NIET_GESLAAGD'}")
                .exclusiveGateway("Gateway_HerstellenSamen").name("Herstellen")
                .userTask(FIX).name("Gebreken herstellen")
                    .camundaFormRef("weerbaar-noodsteunpunt-herstel")
                    .camundaCandidateGroups(AOV)
                    .camundaExecutionListenerExpression("start", setStatus(NoodsteunpuntStatus.GEBREKEN_HERSTELLEN))
                    .camundaExecutionListenerExpression("start", clear(FIX_SUMMARY))
                .connectTo("Gateway_OefenenSamen")
                .moveToNode("Gateway_OefeningGeslaagd")
                .condition("Geslaagd", "${" + TEST_RESULT + " == 'GESLAAGD'}")
                .userTask(DECLARE).name("Noodsteunpunt operationeel verklaren")
                    .camundaFormRef("weerbaar-noodsteunpunt-verklaring")
                    .camundaCandidateGroups(candidatesFrom(DECLARER_GROUP, "burgemeester"))
                    .camundaExecutionListenerExpression("start", setStatus(NoodsteunpuntStatus.TER_VERKLARING))
                .exclusiveGateway("Gateway_Verklaard").name("Operationeel verklaard?")
                .condition("Niet verklaard", "${" + DECLARATION_DECISION + " == 'NIET_OPERATIONEEL'}")
                .connectTo("Gateway_HerstellenSamen")
                .moveToNode("Gateway_Verklaard")
                .condition("Operationeel verklaard", "${" + DECLARATION_DECISION + " == 'OPERATIONEEL'}")
                .intermediateThrowEvent(OPERATIONAL).name("Noodsteunpunt operationeel")
                    .camundaExecutionListenerExpression("start",
                            "${execution.setVariable('" + OPERATIONAL_SINCE + "', now())}")
                .exclusiveGateway("Gateway_JaarlijksSamen").name("In werking")
                .eventBasedGateway().id(WAITING).name("Wacht op hertest")
                    .camundaExecutionListenerExpression("start", setStatus(NoodsteunpuntStatus.OPERATIONEEL))
                .intermediateCatchEvent(WAIT_FOR_RETEST).name("Jaar verstreken")
                    .timerWithDuration("${weerbaarSettings.noodsteunpuntRetestDuration()}")
                .exclusiveGateway("Gateway_HertestSamen").name("Hertesten")
                .userTask(RETEST).name("Jaarlijkse hertest houden")
                    .camundaFormRef("weerbaar-noodsteunpunt-hertest")
                    .camundaCandidateGroups(AOV)
                    .camundaExecutionListenerExpression("start", setStatus(NoodsteunpuntStatus.HERTEST))
                    .camundaExecutionListenerExpression("start", clear(RETEST_DATE))
                    .camundaExecutionListenerExpression("start", clear(RETEST_RESULT))
                    .camundaExecutionListenerExpression("start", clear(RETEST_FINDINGS))
                .exclusiveGateway("Gateway_HertestGeslaagd").name("Hertest geslaagd?")
                .condition("Geslaagd", "${" + RETEST_RESULT + " == 'GESLAAGD'}")
                .connectTo("Gateway_JaarlijksSamen")
                .moveToNode("Gateway_HertestGeslaagd")
                .condition("Niet geslaagd", "${" + RETEST_RESULT + " == 'NIET_GESLAAGD'}")
                .userTask(RETEST_FIX).name("Gebreken na hertest herstellen")
                    .camundaFormRef("weerbaar-noodsteunpunt-hertest-herstel")
                    .camundaCandidateGroups(AOV)
                    .camundaExecutionListenerExpression("start",
                            setStatus(NoodsteunpuntStatus.GEBREKEN_NA_HERTEST))
                    .camundaExecutionListenerExpression("start", clear(RETEST_FIX_SUMMARY))
                .connectTo("Gateway_HertestSamen")
                .moveToNode(WAITING)
                .intermediateCatchEvent(DISCONTINUED).name("Opheffing gemeld")
                    .message(DISCONTINUE_MESSAGE)
                .endEvent(END_DISCONTINUED).name("Noodsteunpunt opgeheven")
                    .camundaExecutionListenerExpression("start", setStatus(NoodsteunpuntStatus.OPGEHEVEN))
                .done();
        return Models.finish(model);
    }

    /** An expression that records the noodsteunpunt's status. */
    private static String setStatus(NoodsteunpuntStatus status) {
        return "${execution.setVariable('" + STATUS + "', '" + status.name() + "')}";
    }

    /** An expression that removes an answer of an earlier round, so a form cannot be passed on it again. */
    private static String clear(String variable) {
        return "${execution.removeVariable('" + variable + "')}";
    }
}
