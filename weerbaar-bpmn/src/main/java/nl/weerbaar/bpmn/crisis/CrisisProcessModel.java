package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.crisis.internal.ChecklistTaskListener;
import nl.weerbaar.bpmn.crisis.internal.LoadCrisisMeasuresDelegate;
import nl.weerbaar.bpmn.crisis.internal.ReopenRefsValidationListener;
import nl.weerbaar.bpmn.crisis.internal.ReopenReviewsDelegate;
import nl.weerbaar.bpmn.model.Models;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import static nl.weerbaar.bpmn.model.Models.candidates;

/**
 * The model of {@code weerbaar-crisis}, written with Camunda's fluent builder, which also lays out the diagram.
 * {@code ProcessModels} writes it to {@code weerbaar/bpmn/weerbaar-crisis.bpmn}.
 */
public final class CrisisProcessModel {

    /** Starts a crisis: correlate with the tenant, a business key and the variable {@code scenario}. */
    public static final String START_MESSAGE = "weerbaar-crisis-gestart";
    /** Ends the warm phase and opens the nafase: correlate with the tenant and the crisis's business key. */
    public static final String END_MESSAGE = "weerbaar-crisis-beeindigd";
    /** The guide's boundary between the warm phase before and after 72 hours, counted from the start. */
    public static final String WARM_PHASE_BOUNDARY = "PT72H";

    public static final String START = "StartEvent_CrisisGestart";
    public static final String LOAD = "Task_CrisismaatregelenLaden";
    public static final String WARM_PHASE = "SubProcess_WarmeFase";
    public static final String CHECKLIST_WARM_TOT_72U = "Task_ChecklistTot72Uur";
    public static final String AFTER_72_HOURS = "Timer_72Uur";
    public static final String CHECKLIST_WARM_NA_72U = "Task_ChecklistNa72Uur";
    /** The end message while the warm phase runs: interrupts it, cancelling its open checklist tasks. */
    public static final String ENDED = "Boundary_CrisisBeeindigd";
    /** The end message once every warm-phase checklist is done. */
    public static final String ENDED_AFTER_WARM_PHASE = "Message_CrisisBeeindigd";
    public static final String CHECKLIST_NAFASE = "Task_ChecklistNafase";
    public static final String EVALUATION = "Task_Evalueren";
    public static final String REOPEN = "Task_HerbeoordelingHeropenen";
    public static final String END = "End_CrisisAfgerond";

    private static final String CHECKLIST_FORM = "weerbaar-crisis-checklist";
    private static final String AOV = candidates("aov-adviseur");
    private static final String CHECKLIST_LISTENER = "${" + ChecklistTaskListener.BEAN_NAME + "}";

    private CrisisProcessModel() {
    }

    public static BpmnModelInstance create() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(CrisisProcess.KEY)
                .name("Crisisfasen activeren")
                .documentation("Activeert bij een crisis de maatregelen uit de VNG-handreiking weerbaarheid en"
                        + " veerkracht (2025) per crisisfase, volgens de effectieve catalogus van de gemeente:"
                        + " een checklist voor de warme fase < 72 uur (bijv. 1.6, 2.3, 2.7), na 72 uur de"
                        + " checklist voor de warme fase > 72 uur (bijv. 2.4 bevolkingszorg ook na 72 uur, 3.3,"
                        + " 3.5, 6.1), en na het einde van de crisis de nafase (2.1, 4.4, 4.7) met een evaluatie die"
                        + " de herbeoordeling van maatregelen heropent. Start met het bericht " + START_MESSAGE
                        + " (tenant, business key, variabele scenario); einde met " + END_MESSAGE + ".")
                .camundaHistoryTimeToLive(Models.HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false)
                .startEvent(START).name("Crisis gestart")
                    .message(START_MESSAGE)
                .serviceTask(LOAD).name("Crisismaatregelen uit catalogus laden")
                    .camundaDelegateExpression("${" + LoadCrisisMeasuresDelegate.BEAN_NAME + "}")
                .subProcess(WARM_PHASE).name("Warme fase")
                    .embeddedSubProcess()
                    .startEvent("Start_WarmeFase").name("Warme fase begonnen")
                    .parallelGateway("Gateway_WarmeFase").name("Checklists warme fase")
                    .userTask(CHECKLIST_WARM_TOT_72U).name("Maatregel afvinken (< 72 uur)")
                        .camundaFormRef(CHECKLIST_FORM)
                        .camundaCandidateGroups(AOV)
                        .camundaTaskListenerDelegateExpression("create", CHECKLIST_LISTENER)
                        .multiInstance().parallel()
                            .camundaCollection("${" + CrisisVariables.REFS_WARM_TOT_72U + "}")
                            .camundaElementVariable(CrisisVariables.REF)
                        .multiInstanceDone()
                    .endEvent("End_Tot72UurAfgevinkt").name("Checklist < 72 uur afgevinkt")
                    .moveToNode("Gateway_WarmeFase")
                    .intermediateCatchEvent(AFTER_72_HOURS).name("72 uur na de start")
                        .timerWithDuration(WARM_PHASE_BOUNDARY)
                    .userTask(CHECKLIST_WARM_NA_72U).name("Maatregel afvinken (> 72 uur)")
                        .camundaFormRef(CHECKLIST_FORM)
                        .camundaCandidateGroups(AOV)
                        .camundaTaskListenerDelegateExpression("create", CHECKLIST_LISTENER)
                        .multiInstance().parallel()
                            .camundaCollection("${" + CrisisVariables.REFS_WARM_NA_72U + "}")
                            .camundaElementVariable(CrisisVariables.REF)
                        .multiInstanceDone()
                    .endEvent("End_Na72UurAfgevinkt").name("Checklist > 72 uur afgevinkt")
                    .subProcessDone()
                .intermediateCatchEvent(ENDED_AFTER_WARM_PHASE).name("Crisis beëindigd na de warme fase")
                    .message(END_MESSAGE)
                .exclusiveGateway("Gateway_NafaseSamen").name("Nafase")
                .parallelGateway("Gateway_Nafase").name("Nafase openen")
                .userTask(CHECKLIST_NAFASE).name("Maatregel afvinken (nafase)")
                    .camundaFormRef(CHECKLIST_FORM)
                    .camundaCandidateGroups(AOV)
                    .camundaTaskListenerDelegateExpression("create", CHECKLIST_LISTENER)
                    .multiInstance().parallel()
                        .camundaCollection("${" + CrisisVariables.REFS_NAFASE + "}")
                        .camundaElementVariable(CrisisVariables.REF)
                    .multiInstanceDone()
                .parallelGateway("Gateway_NafaseAfgerond").name("Nafase afgerond")
                .endEvent(END).name("Crisis afgerond")
                .moveToNode("Gateway_Nafase")
                .userTask(EVALUATION).name("Crisis evalueren")
                    .camundaFormRef("weerbaar-crisis-evaluatie")
                    .camundaCandidateGroups(AOV)
                    .camundaTaskListenerDelegateExpression("complete",
                            "${" + ReopenRefsValidationListener.BEAN_NAME + "}")
                .serviceTask(REOPEN).name("Herbeoordeling van maatregelen heropenen")
                    .camundaDelegateExpression("${" + ReopenReviewsDelegate.BEAN_NAME + "}")
                .connectTo("Gateway_NafaseAfgerond")
                .moveToActivity(WARM_PHASE)
                .boundaryEvent(ENDED).name("Crisis beëindigd").cancelActivity(true)
                    .message(END_MESSAGE)
                .connectTo("Gateway_NafaseSamen")
                .done();
        return Models.finish(model);
    }
}
