package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.crisis.internal.ChecklistTaskListener;
import nl.weerbaar.bpmn.crisis.internal.DecisionLogListener;
import nl.weerbaar.bpmn.crisis.internal.EvaluationOpensListener;
import nl.weerbaar.bpmn.crisis.internal.LoadCrisisMeasuresDelegate;
import nl.weerbaar.bpmn.crisis.internal.ReopenRefsValidationListener;
import nl.weerbaar.bpmn.crisis.internal.ReopenReviewsDelegate;
import nl.weerbaar.bpmn.model.Models;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;

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
    /**
     * The guide's boundary between the warm phase before and after 72 hours, counted from the start of the
     * disruption ({@link CrisisVariables#DISRUPTION_START}).
     */
    public static final String WARM_PHASE_BOUNDARY = "PT72H";

    public static final String START = "StartEvent_CrisisGestart";
    public static final String LOAD = "Task_CrisismaatregelenLaden";
    public static final String WARM_PHASE = "SubProcess_WarmeFase";
    public static final String CHECKLIST_WARM_TOT_72U = "Task_ChecklistTot72Uur";
    public static final String AFTER_72_HOURS = "Timer_72Uur";
    public static final String CHECKLIST_WARM_NA_72U = "Task_ChecklistNa72Uur";
    /** The end message while the warm phase runs: interrupts it, cancelling its open checklist tasks. */
    public static final String ENDED = "Boundary_CrisisBeeindigd";
    /** The besluitenlijst: one task per decision, open throughout the warm phase. */
    public static final String DECISION = "Task_BesluitVastleggen";
    /** A decision to scale down ends the warm phase, as the end message does. */
    public static final String SCALED_DOWN = "End_CrisisAfgeschaald";
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
                        + " de maatregelen die het scenario vraagt (weerbaar/scenarios/vng-2025-scenarios.yaml): een"
                        + " checklist voor de warme fase < 72 uur, 72 uur na het begin van de verstoring de checklist"
                        + " voor de warme fase > 72 uur, en na het einde van de crisis de nafase met een evaluatie"
                        + " die de herbeoordeling van maatregelen heropent. Tijdens de warme fase wordt de"
                        + " besluitenlijst bijgehouden; een besluit tot afschalen beëindigt de warme fase. Start met"
                        + " het bericht " + START_MESSAGE + " (tenant, business key, variabelen scenario en"
                        + " disruptionStart); einde met " + END_MESSAGE + " of met een besluit tot afschalen.")
                .camundaHistoryTimeToLive(Models.HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false)
                .startEvent(START).name("Crisis gestart")
                    .message(START_MESSAGE)
                .serviceTask(LOAD).name("Crisismaatregelen uit catalogus laden")
                    .camundaDelegateExpression("${" + LoadCrisisMeasuresDelegate.BEAN_NAME + "}")
                .subProcess(WARM_PHASE).name("Warme fase")
                    .embeddedSubProcess()
                    .startEvent("Start_WarmeFase").name("Warme fase begonnen")
                    .parallelGateway("Gateway_WarmeFase").name("Checklists en besluitenlijst")
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
                    .intermediateCatchEvent(AFTER_72_HOURS).name("72 uur na het begin van de verstoring")
                        .timerWithDate("${" + CrisisVariables.WARM_NA_72U_AT + "}")
                    .userTask(CHECKLIST_WARM_NA_72U).name("Maatregel afvinken (> 72 uur)")
                        .camundaFormRef(CHECKLIST_FORM)
                        .camundaCandidateGroups(AOV)
                        .camundaTaskListenerDelegateExpression("create", CHECKLIST_LISTENER)
                        .multiInstance().parallel()
                            .camundaCollection("${" + CrisisVariables.REFS_WARM_NA_72U + "}")
                            .camundaElementVariable(CrisisVariables.REF)
                        .multiInstanceDone()
                    .endEvent("End_Na72UurAfgevinkt").name("Checklist > 72 uur afgevinkt")
                    .moveToNode("Gateway_WarmeFase")
                    .exclusiveGateway("Gateway_BesluitenSamen").name("Besluitenlijst")
                    .userTask(DECISION).name("Besluit vastleggen")
                        .camundaFormRef("weerbaar-crisis-besluit")
                        .camundaCandidateGroups(AOV)
                        // Every decision is recorded afresh: the form of the previous one does not carry over.
                        .camundaExecutionListenerExpression("start", clear(CrisisVariables.DECISION_KIND))
                        .camundaExecutionListenerExpression("start", clear(CrisisVariables.DECISION))
                        .camundaExecutionListenerExpression("start", clear(CrisisVariables.DECIDED_BY))
                        .camundaExecutionListenerExpression("start", clear(CrisisVariables.DECIDED_AT))
                        .camundaExecutionListenerExpression("start", clear(CrisisVariables.DECISION_NOTE))
                        .camundaTaskListenerDelegateExpression("complete",
                                "${" + DecisionLogListener.BEAN_NAME + "}")
                    .exclusiveGateway("Gateway_Afschalen").name("Afschalen?")
                    .condition("Nee", "${" + CrisisVariables.DECISION_KIND + " == 'BESLUIT'}")
                    .connectTo("Gateway_BesluitenSamen")
                    .moveToNode("Gateway_Afschalen")
                    .condition("Afschalen", "${" + CrisisVariables.DECISION_KIND + " == 'AFSCHALEN'}")
                    .endEvent(SCALED_DOWN).name("Crisis afgeschaald")
                    .subProcessDone()
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
                    .camundaTaskListenerDelegateExpression("create",
                            "${" + EvaluationOpensListener.BEAN_NAME + "}")
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
        // The fluent builder cannot make a terminate end event: a decision to scale down ends every open
        // checklist of the warm phase, as the end message does, and the crisis goes on to the nafase.
        EndEvent scaledDown = model.getModelElementById(SCALED_DOWN);
        scaledDown.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
        return Models.finish(model);
    }

    /** An expression that removes an answer of an earlier round, so a form cannot be passed on it again. */
    private static String clear(String variable) {
        return "${execution.removeVariable('" + variable + "')}";
    }
}
