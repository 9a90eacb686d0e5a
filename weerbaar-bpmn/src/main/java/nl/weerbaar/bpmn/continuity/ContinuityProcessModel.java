package nl.weerbaar.bpmn.continuity;

import nl.weerbaar.bpmn.continuity.internal.InventoryListener;
import nl.weerbaar.bpmn.continuity.internal.PlanNextReviewDelegate;
import nl.weerbaar.bpmn.continuity.internal.YearlyReviewsDelegate;
import nl.weerbaar.bpmn.continuity.internal.ProcessResultListener;
import nl.weerbaar.bpmn.model.Models;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

import static nl.weerbaar.bpmn.continuity.ContinuityVariables.*;
import static nl.weerbaar.bpmn.model.Models.candidates;

/**
 * The model of {@code weerbaar-continuiteit}, written with Camunda's fluent builder, which also lays out the
 * diagram. {@code ProcessModels} writes it to {@code weerbaar/bpmn/weerbaar-continuiteit.bpmn}.
 */
public final class ContinuityProcessModel {

    /**
     * Fires on the configured review day each year. Camunda evaluates the cycle expression when the model is
     * deployed (without process variables, but with the engine's beans); the one deployment for all tenants has one
     * timer start job, whose instance (without tenant) starts a review in every tenant ({@link #FOR_WHOM}). It is
     * also the process's initial start event: Camunda 7 allows one none-or-timer start event per process, so a start
     * by key or from Tasklist, which has a tenant, enters here too and goes on to the inventory at once.
     */
    public static final String START_YEARLY = "StartEvent_Jaarlijks";
    /** Without tenant (the yearly timer): start a review in every tenant; with one: that tenant's review. */
    public static final String FOR_WHOM = "Gateway_VoorWie";
    public static final String START_EVERYWHERE = "Task_ToetsingOveralStarten";
    public static final String END_STARTED_EVERYWHERE = "End_ToetsingenGestart";
    /** A start on demand, recorded as such: correlate {@link #START_MESSAGE} with the tenant. */
    public static final String START_MANUAL = "StartEvent_Handmatig";
    /** The message that starts a review on demand; see {@link ContinuityProcess#startManually}. */
    public static final String START_MESSAGE = "weerbaar-continuiteit-handmatig";
    /** The expression of the yearly timer: the cron expression of the settings. */
    public static final String YEARLY_CYCLE = "${" + WeerbaarSettings.BEAN_NAME + ".continuityReviewCron()}";
    public static final String INVENTORY_MERGE = "Gateway_InventarisatieSamen";
    public static final String INVENTORY = "Task_ProcessenInventariseren";
    public static final String ASSESS_PROCESS = "Task_ProcesBeoordelen";
    public static final String SAFEGUARDS_MERGE = "Gateway_WaarborgenSamen";
    public static final String SAFEGUARDS = "Task_WaarborgenControleren";
    public static final String STAFF = "Task_PersoneelVastleggen";
    public static final String EXERCISE = "Task_PlannenTesten";
    public static final String EXERCISE_PASSED = "Gateway_TestGeslaagd";
    public static final String APPROVAL = "Task_ToetsingGoedkeuren";
    public static final String APPROVED = "Gateway_Goedgekeurd";
    public static final String REPORT = "Task_RapporterenCollege";
    public static final String PLAN_NEXT = "Task_VolgendeToetsingPlannen";
    public static final String END = "End_ToetsingAfgerond";

    private static final String BCM = candidates("bcm-coordinator");

    private ContinuityProcessModel() {
    }

    public static BpmnModelInstance create() {
        ProcessBuilder process = Bpmn.createExecutableProcess(ContinuityProcess.KEY)
                .name("Jaarlijkse continuïteitstoets")
                .documentation("De jaarlijkse toetsing van de continuïteit van de eigen gemeentelijke organisatie"
                        + " (pijler 1 'Eigen continuïteit' van de VNG-handreiking): kritieke processen met maximaal"
                        + " toelaatbare uitval, hersteltijd en terugvaloptie (maatregelen 1.1 en 1.2), waarborgen en"
                        + " informatievoorziening (1.3), afspraken met ICT-leveranciers (1.4), continuïteit van het"
                        + " personeel (1.7) en een test van de continuïteitsplannen (1.5; BIO 5.30.01: jaarlijks)."
                        + " Goedkeuring door de gemeentesecretaris, rapportage aan het college, en planning van de"
                        + " volgende toetsing met de driejaarlijkse actualisatie van de lijst kritieke systemen"
                        + " (BIO 5.30.02). Start jaarlijks op de ingestelde dag (timer), of op verzoek met het bericht '"
                        + START_MESSAGE + "'.")
                .camundaHistoryTimeToLive(Models.HISTORY_TIME_TO_LIVE_DAYS);
        process.startEvent(START_YEARLY).name("Jaarlijkse toetsing")
                    .timerWithCycle(YEARLY_CYCLE)
                .exclusiveGateway(FOR_WHOM).name("Voor wie?")
                .condition("Elke gemeente en regio", "${execution.tenantId == null}")
                .serviceTask(START_EVERYWHERE).name("Toetsing starten in elke gemeente en regio")
                    .camundaDelegateExpression("${" + YearlyReviewsDelegate.BEAN_NAME + "}")
                .endEvent(END_STARTED_EVERYWHERE).name("Toetsingen gestart")
                .moveToNode(FOR_WHOM)
                .condition("De eigen organisatie", "${execution.tenantId != null}")
                .exclusiveGateway(INVENTORY_MERGE).name("Inventarisatie")
                .userTask(INVENTORY).name("Kritieke processen inventariseren")
                    .camundaFormRef("weerbaar-continuiteit-inventarisatie")
                    .camundaCandidateGroups(BCM)
                    .camundaTaskListenerDelegateExpression("complete", "${" + InventoryListener.BEAN_NAME + "}")
                .userTask(ASSESS_PROCESS).name("Kritiek proces beoordelen")
                    .multiInstance().parallel()
                        .camundaCollection("${" + CRITICAL_PROCESS_LIST + "}")
                        .camundaElementVariable(CRITICAL_PROCESS)
                    .<UserTaskBuilder>multiInstanceDone()
                    // Local to each instance, so that each task's form fields stay with its own process.
                    .camundaInputParameter(MAX_DOWNTIME_HOURS, "${null}")
                    .camundaInputParameter(RECOVERY_TIME_HOURS, "${null}")
                    .camundaInputParameter(FALLBACK, "${null}")
                    .camundaInputParameter(DEPENDS_ON_ICT_SUPPLIERS, "${null}")
                    .camundaFormRef("weerbaar-continuiteit-proces")
                    .camundaCandidateGroups(BCM)
                    .camundaTaskListenerDelegateExpression("complete", "${" + ProcessResultListener.BEAN_NAME + "}")
                .exclusiveGateway(SAFEGUARDS_MERGE).name("Waarborgen")
                .userTask(SAFEGUARDS).name("Waarborgen en ICT-afspraken controleren")
                    .camundaFormRef("weerbaar-continuiteit-waarborgen")
                    .camundaCandidateGroups(BCM)
                .userTask(STAFF).name("Continuïteit personeel vastleggen")
                    .camundaFormRef("weerbaar-continuiteit-personeel")
                    .camundaCandidateGroups(BCM)
                .userTask(EXERCISE).name("Continuïteitsplannen testen")
                    .camundaFormRef("weerbaar-continuiteit-oefening")
                    .camundaCandidateGroups(BCM)
                .exclusiveGateway(EXERCISE_PASSED).name("Test geslaagd?")
                .condition("Geslaagd", "${" + EXERCISE_RESULT + " == 'GESLAAGD'}")
                .userTask(APPROVAL).name("Continuïteitstoets goedkeuren")
                    .camundaFormRef("weerbaar-continuiteit-goedkeuring")
                    .camundaCandidateGroups(candidates("gemeentesecretaris"))
                .exclusiveGateway(APPROVED).name("Goedgekeurd?")
                .condition("Goedgekeurd", "${" + APPROVAL_DECISION + " == 'GOEDGEKEURD'}")
                .userTask(REPORT).name("Rapporteren aan het college")
                    .camundaFormRef("weerbaar-continuiteit-college")
                    .camundaCandidateGroups(BCM)
                .serviceTask(PLAN_NEXT).name("Volgende toetsing plannen")
                    .camundaDelegateExpression("${" + PlanNextReviewDelegate.BEAN_NAME + "}")
                .endEvent(END).name("Toetsing afgerond")
                .moveToNode(APPROVED)
                .condition("Afgekeurd", "${" + APPROVAL_DECISION + " == 'AFGEKEURD'}")
                .connectTo(INVENTORY_MERGE)
                .moveToNode(EXERCISE_PASSED)
                .condition("Niet geslaagd", "${" + EXERCISE_RESULT + " == 'NIET_GESLAAGD'}")
                .connectTo(SAFEGUARDS_MERGE);

        process.startEvent(START_MANUAL).name("Toetsing handmatig gestart")
                .message(START_MESSAGE)
                .connectTo(INVENTORY_MERGE);
        BpmnModelInstance model = process.done();
        // The builder puts every start event at the same spot and draws loops straight across the main line.
        Bounds yearly = shape(model, START_YEARLY).getBounds();
        Bounds manual = shape(model, START_MANUAL).getBounds();
        manual.setY(yearly.getY() + 120);
        route(model, START_MANUAL, INVENTORY_MERGE, manual.getY() + manual.getHeight() / 2, false);
        route(model, EXERCISE_PASSED, SAFEGUARDS_MERGE, yearly.getY() + 140, false);
        route(model, APPROVED, INVENTORY_MERGE, yearly.getY() - 60, true);
        return Models.finish(model);
    }

    /**
     * Draws the flow from {@code sourceId} to {@code targetId} through the height {@code y}, leaving and entering
     * below the shapes, or above them when {@code above}; a start event's flow leaves from its right side.
     */
    private static void route(BpmnModelInstance model, String sourceId, String targetId, double y, boolean above) {
        Bounds source = shape(model, sourceId).getBounds();
        Bounds target = shape(model, targetId).getBounds();
        BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> e.getBpmnElement() instanceof SequenceFlow flow
                        && flow.getSource().getId().equals(sourceId) && flow.getTarget().getId().equals(targetId))
                .findFirst().orElseThrow(() -> new IllegalStateException("no flow " + sourceId + " -> " + targetId));
        boolean fromEvent = sourceId.equals(START_MANUAL);
        double sourceX = fromEvent ? source.getX() + source.getWidth() : source.getX() + source.getWidth() / 2;
        double sourceY = fromEvent ? source.getY() + source.getHeight() / 2
                : above ? source.getY() : source.getY() + source.getHeight();
        double targetX = target.getX() + target.getWidth() / 2;
        double targetY = above ? target.getY() : target.getY() + target.getHeight();
        edge.getWaypoints().clear();
        for (double[] point : fromEvent
                ? new double[][] {{sourceX, sourceY}, {targetX, y}, {targetX, targetY}}
                : new double[][] {{sourceX, sourceY}, {sourceX, y}, {targetX, y}, {targetX, targetY}}) {
            Waypoint waypoint = model.newInstance(Waypoint.class);
            waypoint.setX(point[0]);
            waypoint.setY(point[1]);
            edge.getWaypoints().add(waypoint);
        }
    }

    private static BpmnShape shape(BpmnModelInstance model, String elementId) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement().getId().equals(elementId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no shape for " + elementId));
    }
}
