package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.measure.internal.EscalationNotifyListener;
import nl.weerbaar.bpmn.measure.internal.LoadMeasureDelegate;
import nl.weerbaar.bpmn.measure.internal.MeasureStatusRecorder;
import nl.weerbaar.bpmn.measure.internal.ReminderDelegate;
import nl.weerbaar.bpmn.measure.internal.ReopenMeasureListener;
import nl.weerbaar.bpmn.model.Models;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;

import static nl.weerbaar.bpmn.model.Models.candidatesFrom;

/**
 * The model of {@code weerbaar-maatregel}, written with Camunda's fluent builder, which also lays out the
 * diagram. {@code ProcessModels} writes it to {@code weerbaar/bpmn/weerbaar-maatregel.bpmn}.
 */
public final class MeasureProcessModel {

    public static final String START = "StartEvent_Gestart";
    public static final String LOAD = "Task_MaatregelLaden";
    public static final String INTAKE = "Task_Intake";
    public static final String NOT_APPLICABLE_REVIEW = "Task_NvtBeoordelen";
    public static final String END_NOT_APPLICABLE = "End_NietVanToepassing";
    public static final String EXECUTION = "SubProcess_Uitvoering";
    public static final String PLAN = "Task_Plan";
    public static final String EXECUTE = "Task_Uitvoeren";
    public static final String EVIDENCE = "Task_Bewijs";
    public static final String REVIEW = "Task_Beoordelen";
    /** Approval ends the uitvoering, its deadlines too: a terminate end event. */
    public static final String APPROVED = "End_Goedgekeurd";
    /** The flow back from a rejected review to the execution. */
    public static final String REJECTED = "Flow_Gateway_Goedgekeurd_Gateway_UitvoerenSamen";
    /** The deadlines of the uitvoering: one timer at a time, the reminder and then the overdue moment. */
    public static final String DEADLINES = "EventSubProcess_Termijn";
    /** The reminder's timer, the start of {@link #DEADLINES}. */
    public static final String REMINDER = "Start_TermijnNadert";
    public static final String SEND_REMINDER = "Task_HerinneringSturen";
    /** The overdue moment's timer, in {@link #DEADLINES} after the reminder. */
    public static final String OVERDUE = "Timer_TermijnVerstreken";
    /**
     * Catches the overdue moment's escalation on the uitvoering and leads to {@link #ESCALATION}, outside the
     * uitvoering, so that the escalation outlives a late approval.
     */
    public static final String OVERDUE_CAUGHT = "Boundary_TeLaat";
    /** The escalation code the overdue moment throws. */
    public static final String OVERDUE_ESCALATION = "weerbaar-termijn-verstreken";
    public static final String ESCALATION = "Task_Escalatie";
    public static final String WAITING = "Gateway_WachtOpHerbeoordeling";
    public static final String WAIT_FOR_RE_REVIEW = "Timer_Herbeoordeling";
    public static final String REOPENED = "Message_Heropend";
    /**
     * Reopens the review of an approved measure before its interval has passed, e.g. after a crisis evaluation;
     * correlate with the measure's business key and tenant.
     */
    public static final String REOPEN_MESSAGE = "weerbaar-maatregel-heropenen";
    public static final String RE_REVIEW = "Task_Herbeoordelen";

    /** The gemeente's AOV-adviseur, or the region's people for a region-led measure (set at the start). */
    private static final String WORK = candidatesFrom(MeasureVariables.WORK_GROUP, "aov-adviseur");
    private static final String AUTHORITY = "${" + MeasureVariables.AUTHORITY_GROUP + "}";
    /** The gemeentesecretaris, or the region's director for a region-led measure. */
    private static final String ESCALATE_TO = candidatesFrom(MeasureVariables.ESCALATION_GROUP, "gemeentesecretaris");

    private MeasureProcessModel() {
    }

    public static BpmnModelInstance create() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(MeasureProcess.KEY)
                .name("Maatregel uitvoeren")
                .documentation("De levensloop van één maatregel uit de VNG-handreiking weerbaarheid en veerkracht in"
                        + " één gemeente: intake, plan, uitvoering, bewijs, beoordeling door het bevoegd gezag van de"
                        + " pijler en periodieke herbeoordeling. De rolverdeling bepaalt wie het werk doet: de gemeente,"
                        + " of voor een maatregel die de veiligheidsregio trekt de regio in haar eigen tenant, voor"
                        + " alle gemeenten die dat afspraken, met goedkeuring door het bestuur van de regio."
                        + " Business key: <tenant>:<ref>.")
                .camundaHistoryTimeToLive(Models.HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false)
                .startEvent(START).name("Maatregel gestart")
                .serviceTask(LOAD).name("Maatregel uit catalogus laden")
                    .camundaDelegateExpression("${" + LoadMeasureDelegate.BEAN_NAME + "}")
                .exclusiveGateway("Gateway_IntakeSamen").name("Intake")
                .userTask(INTAKE).name("Intake: eigenaar en termijn vastleggen")
                    .camundaFormRef("weerbaar-maatregel-intake")
                    .camundaCandidateGroups(WORK)
                    .camundaExecutionListenerExpression("start", setStatus(MeasureStatus.INTAKE))
                .exclusiveGateway("Gateway_VanToepassing").name("Van toepassing?")
                .condition("Niet van toepassing", "${applicability == 'NIET_VAN_TOEPASSING'}")
                .userTask(NOT_APPLICABLE_REVIEW).name("Niet van toepassing beoordelen")
                    .camundaFormRef("weerbaar-maatregel-nvt-beoordeling")
                    .camundaCandidateGroups(AUTHORITY)
                    .camundaExecutionListenerExpression("start",
                            setStatus(MeasureStatus.NIET_VAN_TOEPASSING_TER_BEOORDELING))
                .exclusiveGateway("Gateway_NvtAkkoord").name("Akkoord?")
                .condition("Akkoord", "${notApplicableDecision == 'GOEDGEKEURD'}")
                .endEvent(END_NOT_APPLICABLE).name("Niet van toepassing")
                    .camundaExecutionListenerExpression("start", setStatus(MeasureStatus.NIET_VAN_TOEPASSING))
                .moveToNode("Gateway_NvtAkkoord")
                .condition("Niet akkoord", "${notApplicableDecision == 'AFGEKEURD'}")
                .connectTo("Gateway_IntakeSamen")
                .moveToNode("Gateway_VanToepassing")
                .condition("Van toepassing", "${applicability == 'VAN_TOEPASSING'}")
                .exclusiveGateway("Gateway_UitvoeringSamen").name("Uitvoering")
                .subProcess(EXECUTION).name("Uitvoeren tot goedkeuring")
                    .camundaExecutionListenerExpression("start", setStatus(MeasureStatus.IN_UITVOERING))
                    .embeddedSubProcess()
                    .startEvent("Start_Uitvoering").name("Uitvoering gestart")
                    .userTask(PLAN).name("Plan van aanpak opstellen")
                        .camundaFormRef("weerbaar-maatregel-plan")
                        .camundaCandidateGroups(WORK)
                    .exclusiveGateway("Gateway_UitvoerenSamen").name("Uitvoeren")
                    .userTask(EXECUTE).name("Maatregel uitvoeren")
                        .camundaFormRef("weerbaar-maatregel-uitvoering")
                        .camundaCandidateGroups(WORK)
                    .userTask(EVIDENCE).name("Bewijs vastleggen")
                        .camundaFormRef("weerbaar-maatregel-bewijs")
                        .camundaCandidateGroups(WORK)
                    .userTask(REVIEW).name("Maatregel beoordelen")
                        .camundaFormRef("weerbaar-maatregel-beoordeling")
                        .camundaCandidateGroups(AUTHORITY)
                        .camundaExecutionListenerExpression("start", setStatus(MeasureStatus.TER_BEOORDELING))
                    .exclusiveGateway("Gateway_Goedgekeurd").name("Goedgekeurd?")
                    .condition("Goedgekeurd", "${reviewDecision == 'GOEDGEKEURD'}")
                    .endEvent(APPROVED).name("Goedgekeurd")
                    .moveToNode("Gateway_Goedgekeurd")
                    .condition("Afgekeurd", "${reviewDecision == 'AFGEKEURD'}")
                    .connectTo("Gateway_UitvoerenSamen")
                    .subProcessDone()
                .exclusiveGateway("Gateway_HerbeoordelingSamen").name("Afgerond")
                .eventBasedGateway().id(WAITING).name("Wacht op herbeoordeling")
                    .camundaExecutionListenerExpression("start", setStatus(MeasureStatus.AFGEROND))
                    .camundaExecutionListenerExpression("start", recorder("clearOverdue(execution)"))
                .intermediateCatchEvent(WAIT_FOR_RE_REVIEW).name("Herbeoordelingstermijn verstreken")
                    .timerWithDate("${weerbaarDeadlines.reReviewAt()}")
                .exclusiveGateway("Gateway_HerbeoordelenSamen").name("Herbeoordelen")
                .userTask(RE_REVIEW).name("Maatregel herbeoordelen")
                    .camundaFormRef("weerbaar-maatregel-herbeoordeling")
                    .camundaCandidateGroups(AUTHORITY)
                    .camundaExecutionListenerExpression("start", setStatus(MeasureStatus.HERBEOORDELING))
                    .camundaTaskListenerDelegateExpression("complete", "${" + ReopenMeasureListener.BEAN_NAME + "}")
                .exclusiveGateway("Gateway_NogOpOrde").name("Nog op orde?")
                .condition("Nog op orde", "${reReviewDecision == 'NOG_OP_ORDE'}")
                .connectTo("Gateway_HerbeoordelingSamen")
                .moveToNode("Gateway_NogOpOrde")
                .condition("Heropenen", "${reReviewDecision == 'HEROPENEN'}")
                .connectTo("Gateway_UitvoeringSamen")
                .moveToNode(WAITING)
                .intermediateCatchEvent(REOPENED).name("Heropend na evaluatie")
                    .message(REOPEN_MESSAGE)
                .connectTo("Gateway_HerbeoordelenSamen")
                .moveToActivity(EXECUTION)
                .boundaryEvent(OVERDUE_CAUGHT).name("Te laat").cancelActivity(false)
                    .escalation(OVERDUE_ESCALATION)
                .userTask(ESCALATION).name("Te late maatregel bespreken")
                    .camundaFormRef("weerbaar-maatregel-escalatie")
                    .camundaCandidateGroups(ESCALATE_TO)
                    .camundaTaskListenerDelegateExpression("create",
                            "${" + EscalationNotifyListener.BEAN_NAME + "}")
                    .camundaExecutionListenerExpression("start", recorder("markOverdue(execution)"))
                .endEvent("End_Geescaleerd").name("Escalatie besproken")
                .done();
        // Approval ends the uitvoering with what still runs in it: the deadlines' timer, waiting for the overdue moment.
        EndEvent approved = model.getModelElementById(APPROVED);
        approved.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
        SubProcess execution = model.getModelElementById(EXECUTION);
        execution.builder().embeddedSubProcess().eventSubProcess(DEADLINES).name("Termijn bewaken")
                .startEvent(REMINDER).name("Termijn nadert").interrupting(false)
                    .timerWithDate("${weerbaarDeadlines.reminderAt(dueDate)}")
                .serviceTask(SEND_REMINDER).name("Herinnering sturen")
                    .camundaDelegateExpression("${" + ReminderDelegate.BEAN_NAME + "}")
                .intermediateCatchEvent(OVERDUE).name("Termijn verstreken")
                    .timerWithDate("${weerbaarDeadlines.overdueAt(dueDate)}")
                .exclusiveGateway("Gateway_AlGeescaleerd").name("Al geëscaleerd?")
                .condition("Nee", "${execution.getVariable('" + MeasureVariables.OVERDUE + "') != true}")
                .endEvent("End_TermijnVerstreken").name("Termijn verstreken").escalation(OVERDUE_ESCALATION)
                .moveToNode("Gateway_AlGeescaleerd")
                .condition("Ja", "${execution.getVariable('" + MeasureVariables.OVERDUE + "') == true}")
                .endEvent("End_AlGeescaleerd").name("Al geëscaleerd")
                .done();
        BpmnModelInstance finished = Models.finish(model);
        // Rejected, the measure is in execution again; on the way in from the plan it already is.
        SequenceFlow rejected = finished.getModelElementById(REJECTED);
        CamundaExecutionListener inExecution = finished.newInstance(CamundaExecutionListener.class);
        inExecution.setCamundaEvent("take");
        inExecution.setCamundaExpression(setStatus(MeasureStatus.IN_UITVOERING));
        rejected.builder().addExtensionElement(inExecution);
        return finished;
    }

    /** An expression that records the measure's status. */
    private static String setStatus(MeasureStatus status) {
        return recorder("set(execution, '" + status.name() + "')");
    }

    private static String recorder(String call) {
        return "${" + MeasureStatusRecorder.BEAN_NAME + "." + call + "}";
    }
}
