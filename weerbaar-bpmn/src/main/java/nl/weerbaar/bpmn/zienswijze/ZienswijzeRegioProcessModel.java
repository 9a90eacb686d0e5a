package nl.weerbaar.bpmn.zienswijze;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.zienswijze.internal.AdoptionListener;
import nl.weerbaar.bpmn.zienswijze.internal.AnswerListener;
import nl.weerbaar.bpmn.zienswijze.internal.CollectOutcomeListener;
import nl.weerbaar.bpmn.zienswijze.internal.DraftBudgetSentListener;
import nl.weerbaar.bpmn.zienswijze.internal.KadersSentListener;
import nl.weerbaar.bpmn.zienswijze.internal.ProvinceEscalationNotifyListener;
import nl.weerbaar.bpmn.zienswijze.internal.StartCycleDelegate;
import nl.weerbaar.bpmn.zienswijze.internal.ZienswijzeTerms;
import nl.weerbaar.bpmn.model.Models;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;

import static nl.weerbaar.bpmn.model.Models.candidates;
import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * The model of {@code weerbaar-zienswijze-regio}, written with Camunda's fluent builder, which also lays out the
 * diagram. {@code ProcessModels} writes it to {@code weerbaar/bpmn/weerbaar-zienswijze-regio.bpmn}.
 */
public final class ZienswijzeRegioProcessModel {

    public static final String START = "StartEvent_CyclusGestart";
    public static final String CHECK = "Task_CyclusControleren";
    public static final String KADERS = "Task_KadersVersturen";
    public static final String DRAFT_BUDGET = "Task_OntwerpbegrotingVersturen";
    /** Starts {@code weerbaar-zienswijze-gemeente} once per member gemeente, in that gemeente's tenant. */
    public static final String GEMEENTEN = "CallActivity_ZienswijzeGemeenten";
    public static final String ANY_ZIENSWIJZE = "Gateway_ZienswijzenIngediend";
    public static final String ANSWER = "Task_ZienswijzeBeantwoorden";
    public static final String ADOPT = "Task_BegrotingVaststellen";
    public static final String TO_PROVINCE = "Task_BegrotingNaarGs";
    public static final String END = "End_CyclusAfgerond";
    public static final String PROVINCE_OVERDUE = "Boundary_GsTermijnVerstreken";
    public static final String ESCALATION = "Task_GsEscalatie";

    private static final String REGION = candidates("veiligheidsregio");

    private ZienswijzeRegioProcessModel() {
    }

    public static BpmnModelInstance create() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(ZienswijzeRegioProcess.KEY)
                .name("Zienswijzecyclus begroting veiligheidsregio")
                .documentation("De jaarlijkse begrotingscyclus van de veiligheidsregio met de zienswijzen van de"
                        + " raden, volgens de Wet gemeenschappelijke regelingen zoals geldend sinds 1 juli 2022"
                        + " (Stb. 2022, 18): kaders en voorlopige jaarrekening naar de raden (art. 34b), de"
                        + " ontwerpbegroting naar de raden twaalf weken voor de vaststelling (art. 35(1)), een"
                        + " zienswijzeproces per deelnemende gemeente in haar eigen tenant met twaalf weken termijn"
                        + " (art. 35(3)), een schriftelijke en gemotiveerde reactie op elke zienswijze (art. 35(3)),"
                        + " vaststelling door het algemeen bestuur en de begroting binnen twee weken, en vóór 15"
                        + " september, naar Gedeputeerde Staten (art. 34(2)). Start met budgetYear en"
                        + " memberGemeenten; business key: <regio>:zienswijze:<begrotingsjaar>.")
                .camundaHistoryTimeToLive(Models.HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false)
                .startEvent(START).name("Begrotingscyclus gestart")
                .serviceTask(CHECK).name("Begrotingsjaar en gemeenten controleren")
                    .camundaDelegateExpression("${" + StartCycleDelegate.BEAN_NAME + "}")
                .userTask(KADERS).name("Kaders en voorlopige jaarrekening naar de raden sturen")
                    .camundaFormRef("weerbaar-zienswijze-regio-kaders")
                    .camundaCandidateGroups(REGION)
                    .camundaDueDate("${" + KADERS_DUE_DATE + "}")
                    .camundaTaskListenerDelegateExpression("complete", "${" + KadersSentListener.BEAN_NAME + "}")
                .userTask(DRAFT_BUDGET).name("Ontwerpbegroting naar de raden sturen")
                    .camundaFormRef("weerbaar-zienswijze-regio-ontwerpbegroting")
                    .camundaCandidateGroups(REGION)
                    .camundaTaskListenerDelegateExpression("complete",
                            "${" + DraftBudgetSentListener.BEAN_NAME + "}")
                .callActivity(GEMEENTEN).name("Zienswijze van elke gemeente")
                    .calledElement(ZienswijzeGemeenteProcess.KEY)
                    .camundaIn(GEMEENTE, InstanceTenant.CALLED_TENANT)
                    .camundaInBusinessKey("${" + GEMEENTE + "}:zienswijze:${" + BUDGET_YEAR + "}")
                    .camundaIn(BUDGET_YEAR, BUDGET_YEAR)
                    .camundaIn(ZIENSWIJZE_DEADLINE, ZIENSWIJZE_DEADLINE)
                    .camundaIn(REGION_NAME, REGION_NAME)
                    .camundaIn(DRAFT_BUDGET_LINK, DRAFT_BUDGET_LINK)
                    .camundaOut(SUBMITTED, SUBMITTED)
                    .camundaOut(OUTCOME, OUTCOME)
                    .camundaExecutionListenerDelegateExpression("end",
                            "${" + CollectOutcomeListener.BEAN_NAME + "}")
                    .multiInstance().parallel()
                        .camundaCollection("${" + MEMBER_GEMEENTEN + "}").camundaElementVariable(GEMEENTE)
                    .<CallActivityBuilder>multiInstanceDone()
                .exclusiveGateway(ANY_ZIENSWIJZE).name("Zienswijzen ingediend?")
                .condition("Ja", "${not empty " + ZIENSWIJZE_GEMEENTEN + "}")
                .userTask(ANSWER).name("Zienswijze gemotiveerd beantwoorden")
                    .camundaFormRef("weerbaar-zienswijze-regio-beantwoorden")
                    .camundaCandidateGroups(REGION)
                    .camundaTaskListenerDelegateExpression("create", "${" + AnswerListener.BEAN_NAME + "}")
                    .camundaTaskListenerDelegateExpression("complete", "${" + AnswerListener.BEAN_NAME + "}")
                    .multiInstance().parallel()
                        .camundaCollection("${" + ZIENSWIJZE_GEMEENTEN + "}").camundaElementVariable(GEMEENTE)
                    .multiInstanceDone()
                .exclusiveGateway("Gateway_Beantwoord").name("Alle zienswijzen beantwoord")
                .userTask(ADOPT).name("Begroting vaststellen")
                    .camundaFormRef("weerbaar-zienswijze-regio-vaststellen")
                    .camundaCandidateGroups(REGION)
                    .camundaTaskListenerDelegateExpression("complete", "${" + AdoptionListener.BEAN_NAME + "}")
                .userTask(TO_PROVINCE).name("Begroting naar Gedeputeerde Staten sturen")
                    .camundaFormRef("weerbaar-zienswijze-regio-naar-gs")
                    .camundaCandidateGroups(REGION)
                    .camundaDueDate("${" + PROVINCE_DUE_DATE + "}")
                .endEvent(END).name("Begrotingscyclus afgerond")
                .moveToNode(ANY_ZIENSWIJZE)
                .condition("Nee", "${empty " + ZIENSWIJZE_GEMEENTEN + "}")
                .connectTo("Gateway_Beantwoord")
                .moveToActivity(TO_PROVINCE)
                .boundaryEvent(PROVINCE_OVERDUE).name("Termijn voor GS verstreken").cancelActivity(false)
                    .timerWithDate("${" + ZienswijzeTerms.BEAN_NAME + ".passedAt(" + PROVINCE_DUE_DATE + ")}")
                .userTask(ESCALATION).name("Te late inzending aan GS afhandelen")
                    .camundaFormRef("weerbaar-zienswijze-regio-gs-escalatie")
                    .camundaCandidateGroups(REGION)
                    .camundaTaskListenerDelegateExpression("create",
                            "${" + ProvinceEscalationNotifyListener.BEAN_NAME + "}")
                    .camundaExecutionListenerExpression("start",
                            "${execution.setVariable('" + ZienswijzeVariables.PROVINCE_OVERDUE + "', true)}")
                .endEvent("End_GsEscalatieAfgehandeld").name("Te late inzending afgehandeld")
                .done();
        // Every parallel call returns the same variable names: keep them on the call's own execution, where
        // CollectOutcomeListener reads them, instead of letting each overwrite the others' on the region.
        CallActivity call = model.getModelElementById(GEMEENTEN);
        call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()
                .forEach(out -> out.setCamundaLocal(true));
        return Models.finish(model);
    }
}
