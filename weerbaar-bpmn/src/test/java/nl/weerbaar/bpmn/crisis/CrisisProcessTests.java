package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Phase;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.at;
import static nl.weerbaar.bpmn.crisis.CrisisProcessModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * Drives every path of {@code weerbaar-crisis}: the start by message and its refusals, the checklists of the warm
 * phase before and after the 72-hour timer, the end message while the warm phase runs and after it, the nafase
 * with the evaluation that reopens measures' reviews, and every refused form.
 */
class CrisisProcessTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private static final Catalog VNG = CatalogLoader.vng2025();
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final String CRISIS = "utrecht:stroomuitval-2026-01";
    private static final String NOTE_REQUIRED = "is verplicht als de maatregel niet gereed of niet van toepassing is";

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private final HistoryService history = engine.getHistoryService();
    private final MeasureLifecycle lifecycles = new MeasureLifecycle(runtime);

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(START, 10));
    }


    @Test
    void startByMessageOpensAChecklistTaskForEveryMeasureOfTheWarmPhaseBefore72Hours() {
        List<String> expected = refs(Phase.WARM_TOT_72U);

        ProcessInstance crisis = start(CRISIS, "LANGDURIGE_STROOMUITVAL");

        assertThat(crisis).hasBusinessKey(CRISIS).isWaitingAt(CHECKLIST_WARM_TOT_72U, AFTER_72_HOURS);
        assertThat(crisis.getTenantId()).isEqualTo(UTRECHT);
        assertThat(expected).hasSize(22);
        List<Task> checklist = checklist(crisis, CHECKLIST_WARM_TOT_72U);
        assertThat(checklist).hasSize(expected.size());
        assertThat(checklist).extracting(task -> tasks.getVariableLocal(task.getId(), "measureRef"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(checklist(crisis, CHECKLIST_WARM_NA_72U)).isEmpty();
        assertThat(runtime.getVariables(crisis.getId()))
                .containsEntry("scenarioLabel", "Langdurige stroomuitval")
                .containsEntry("warmTot72uRefs", expected)
                .containsEntry("warmNa72uRefs", refs(Phase.WARM_NA_72U))
                .containsEntry("nafaseRefs", List.of("2.1", "4.1", "4.2", "4.4", "4.6", "4.7"));

        Task task = checklistTask(crisis, CHECKLIST_WARM_TOT_72U, "2.3");
        Measure measure = VNG.measure("2.3");
        assertThat(task.getName()).isEqualTo("Maatregel 2.3 afvinken: Noodcommunicatie en crisisnoodlijn borgen");
        assertThat(tasks.getVariablesLocal(task.getId())).containsEntry("measureRef", "2.3")
                .containsEntry("measureTitle", measure.title())
                .containsEntry("measureText", measure.text())
                .containsEntry("phase", "Warme fase (< 72 uur)");
        assertThat(tasks.getVariables(task.getId())).containsEntry("scenarioLabel", "Langdurige stroomuitval");
        assertThat(candidateGroups(task)).containsExactly("weerbaar-aov-adviseur");
        assertThat(task.getTenantId()).isEqualTo(UTRECHT);
    }

    @Test
    void seventyTwoHoursAfterTheStartTheChecklistForAfter72HoursOpensToo() {
        ProcessInstance crisis = start(CRISIS, "UITVAL_DRINKWATER");
        Job timer = timer(crisis);

        assertThat(timer.getDuedate()).isEqualTo(new Date(at(START, 10).getTime() + TimeUnit.HOURS.toMillis(72)));
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());

        assertThat(crisis).isWaitingAt(CHECKLIST_WARM_TOT_72U, CHECKLIST_WARM_NA_72U).hasPassed(AFTER_72_HOURS);
        List<String> expected = refs(Phase.WARM_NA_72U);
        assertThat(checklist(crisis, CHECKLIST_WARM_NA_72U))
                .extracting(task -> tasks.getVariableLocal(task.getId(), "measureRef"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(checklist(crisis, CHECKLIST_WARM_TOT_72U)).hasSize(refs(Phase.WARM_TOT_72U).size());
        Task task = checklistTask(crisis, CHECKLIST_WARM_NA_72U, "2.4");
        assertThat(task.getName()).isEqualTo("Maatregel 2.4 afvinken: Afspraken bevolkingszorg, ook na 72 uur");
        assertThat(tasks.getVariableLocal(task.getId(), "phase")).isEqualTo("Warme fase (> 72 uur)");
    }

    @Test
    void theEndMessageInterruptsTheWarmPhaseCancellingItsOpenChecklistTasksAndTheTimer() {
        ProcessInstance crisis = start(CRISIS, "CYBERAANVAL");
        tasks.complete(checklistTask(crisis, CHECKLIST_WARM_TOT_72U, "1.3").getId(),
                Map.of("checklistStatus", "GEREED"));

        end(CRISIS);

        assertThat(crisis).isWaitingAt(CHECKLIST_NAFASE, EVALUATION).hasPassed(ENDED)
                .hasNotPassed(ENDED_AFTER_WARM_PHASE);
        assertThat(checklist(crisis, CHECKLIST_WARM_TOT_72U)).isEmpty();
        assertThat(management.createJobQuery().processInstanceId(crisis.getId()).count()).as("72-hour timer").isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(crisis.getId())
                .taskDefinitionKey(CHECKLIST_WARM_TOT_72U).taskDeleteReason("deleted").count())
                .isEqualTo(refs(Phase.WARM_TOT_72U).size() - 1);
        assertThat(checklist(crisis, CHECKLIST_NAFASE)).extracting(task -> tasks.getVariableLocal(task.getId(),
                "measureRef")).containsExactlyInAnyOrder("2.1", "4.1", "4.2", "4.4", "4.6", "4.7");
        assertThat(tasks.getVariableLocal(checklistTask(crisis, CHECKLIST_NAFASE, "4.4").getId(), "phase"))
                .isEqualTo("Nafase");
        Task evaluation = evaluation(crisis);
        assertThat(evaluation.getName()).isEqualTo("Crisis evalueren");
        assertThat(candidateGroups(evaluation)).containsExactly("weerbaar-aov-adviseur");
    }

    @Test
    void theEndMessageAfter72HoursCancelsBothWarmPhaseChecklists() {
        ProcessInstance crisis = start(CRISIS, "OVERSTROMING");
        fire72Hours(crisis);

        end(CRISIS);

        assertThat(crisis).isWaitingAt(CHECKLIST_NAFASE, EVALUATION);
        assertThat(checklist(crisis, CHECKLIST_WARM_TOT_72U)).isEmpty();
        assertThat(checklist(crisis, CHECKLIST_WARM_NA_72U)).isEmpty();
    }

    @Test
    void afterEveryWarmPhaseChecklistIsDoneTheCrisisWaitsForItsEndAndThenEndsWithTheNafase() {
        ProcessInstance crisis = start(CRISIS, "UITVAL_TELECOM");
        checklist(crisis, CHECKLIST_WARM_TOT_72U).forEach(this::done);
        assertThat(crisis).isWaitingAt(AFTER_72_HOURS);
        fire72Hours(crisis);
        checklist(crisis, CHECKLIST_WARM_NA_72U).forEach(this::done);
        assertThat(crisis).isWaitingAt(ENDED_AFTER_WARM_PHASE).hasPassed(WARM_PHASE);

        end(CRISIS);
        assertThat(crisis).isWaitingAt(CHECKLIST_NAFASE, EVALUATION).hasPassed(ENDED_AFTER_WARM_PHASE)
                .hasNotPassed(ENDED);
        checklist(crisis, CHECKLIST_NAFASE).forEach(this::done);
        assertThat(crisis).isWaitingAt(EVALUATION);
        tasks.complete(evaluation(crisis).getId(), Map.of("evaluationFindings", "Alles volgens draaiboek."));

        assertThat(crisis).isEnded().hasPassed(REOPEN, END);
        assertThat(historicVariable(crisis, "reopenResult")).isEqualTo("Geen maatregelen genoemd.");
        assertThat(historicVariable(crisis, "reopenedRefs")).isEqualTo("");
    }

    @Test
    void theEvaluationReopensTheReviewOfAnApprovedMeasureAndReportsTheOnesItCannotReopen() {
        ProcessInstance approved = approvedMeasure("2.1");
        ProcessInstance inProgress = measure("4.7");
        complete(inProgress, intake());
        ProcessInstance crisis = start(CRISIS, "GEWAPEND_CONFLICT");
        end(CRISIS);

        tasks.complete(evaluation(crisis).getId(), Map.of("evaluationFindings", "Sleutelfiguren niet bereikt.",
                "reopenRefs", "2.1, 6.3\n4.7"));

        assertThat(approved).isWaitingAt(MeasureProcessModel.RE_REVIEW).hasPassed(MeasureProcessModel.REOPENED);
        assertThat(runtime.getVariable(approved.getId(), "reReviewReason")).isEqualTo("Evaluatie van crisis "
                + CRISIS + " (Gewapend conflict / host nation support): Sleutelfiguren niet bereikt.");
        assertThat(inProgress).isWaitingAt(MeasureProcessModel.PLAN);
        assertThat(runtime.getVariables(crisis.getId()))
                .containsEntry("reopenedRefs", "2.1")
                .containsEntry("reopenResult", """
                        2.1: heropend voor herbeoordeling
                        6.3: niet heropend, de maatregel loopt niet in utrecht (niet gestart of beëindigd)
                        4.7: niet heropend, de maatregel wacht niet op herbeoordeling (status: In uitvoering)""");
        assertThat(crisis).isWaitingAt(CHECKLIST_NAFASE).hasPassed(REOPEN);

        checklist(crisis, CHECKLIST_NAFASE).forEach(this::done);
        assertThat(crisis).isEnded().hasPassed(END);
    }

    @Test
    void refusesToStartWithoutAKnownScenario() {
        String choices = "kies uit LANGDURIGE_STROOMUITVAL (Langdurige stroomuitval), UITVAL_DRINKWATER (Uitval"
                + " drinkwater), UITVAL_TELECOM (Uitval telecom), CYBERAANVAL (Cyberaanval), OVERSTROMING"
                + " (Overstroming), GEWAPEND_CONFLICT (Gewapend conflict / host nation support)";
        long crisesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey(CrisisProcess.KEY).count();

        assertThat(refuseStart(CRISIS, "TSUNAMI"))
                .hasMessage("Crisis niet gestart: onbekend scenario 'TSUNAMI'; " + choices);
        assertThat(refuseStart(CRISIS, "Langdurige stroomuitval"))
                .hasMessage("Crisis niet gestart: onbekend scenario 'Langdurige stroomuitval'; " + choices);
        assertThat(refuseStart(CRISIS, null))
                .hasMessage("Crisis niet gestart: geef het scenario mee in de variabele 'scenario'; " + choices);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CrisisProcess.KEY).count())
                .as("nothing was started, not even in history").isEqualTo(crisesBefore);
    }

    @Test
    void refusesToStartWithoutABusinessKeyOrWithOneThatIsAlreadyRunning() {
        assertThat(refuseStart(null, "CYBERAANVAL")).hasMessage("Crisis niet gestart: geef een business key mee"
                + " (bijv. utrecht:stroomuitval-2026-01); het einde van de crisis wordt daarop gecorreleerd");

        ProcessInstance running = start(CRISIS, "CYBERAANVAL");
        assertThat(refuseStart(CRISIS, "OVERSTROMING")).hasMessage("Crisis niet gestart: crisis '" + CRISIS
                + "' loopt al in utrecht (procesinstantie " + running.getId() + ")");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CrisisProcess.KEY).count()).isEqualTo(1);
    }

    @Test
    void refusesAChecklistTaskNotGereedWithoutANoteAndKeepsEachTasksAnswersApart() {
        ProcessInstance crisis = start(CRISIS, "LANGDURIGE_STROOMUITVAL");
        tasks.complete(checklistTask(crisis, CHECKLIST_WARM_TOT_72U, "3.1").getId(),
                Map.of("checklistStatus", "NIET_GEREED", "checklistNote", "Aggregaat niet getest."));
        Task task = checklistTask(crisis, CHECKLIST_WARM_TOT_72U, "3.2");

        FormValidationException refused = refuse(task, Map.of("checklistStatus", "NIET_GEREED"));

        assertThat(refused.violations()).containsExactly(new FormViolation("checklistNote", "Toelichting",
                NOTE_REQUIRED));
        assertThat(refused).hasMessage("Formulier 'Crisismaatregel afvinken' is niet volledig of niet juist"
                + " ingevuld: Toelichting (checklistNote): " + NOTE_REQUIRED);
        assertThat(refuse(task, Map.of("checklistStatus", "NIET_VAN_TOEPASSING", "checklistNote", " "))
                .violations()).containsExactly(new FormViolation("checklistNote", "Toelichting", NOTE_REQUIRED));
        assertThat(refuse(task, Map.of()).violations()).containsExactly(new FormViolation("checklistStatus",
                "Status", "is verplicht"));

        tasks.complete(task.getId(), Map.of("checklistStatus", "GEREED"));
        assertThat(checklist(crisis, CHECKLIST_WARM_TOT_72U)).hasSize(refs(Phase.WARM_TOT_72U).size() - 2);
        assertThat(runtime.getVariables(crisis.getId())).doesNotContainKeys("checklistStatus", "checklistNote");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(crisis.getId())
                .variableName("checklistNote").list()).extracting(v -> v.getValue()).filteredOn(v -> v != null)
                .containsExactly("Aggregaat niet getest.");
    }

    @Test
    void refusesAnEvaluationNamingRefsTheCatalogDoesNotHaveAndReopensNothing() {
        ProcessInstance approved = approvedMeasure("2.5");
        ProcessInstance crisis = start(CRISIS, "LANGDURIGE_STROOMUITVAL");
        end(CRISIS);
        Task evaluation = evaluation(crisis);

        FormValidationException refused = refuse(evaluation, Map.of("evaluationFindings", "Bevindingen.",
                "reopenRefs", "2.5, 9.9\n7.1"));

        assertThat(refused.violations()).containsExactly(new FormViolation("reopenRefs",
                "Maatregelen opnieuw beoordelen", "deze maatregelen staan niet in de catalogus van utrecht: 9.9, 7.1"));
        assertThat(refused).hasMessage("Formulier 'Crisis evalueren' is niet volledig of niet juist ingevuld:"
                + " Maatregelen opnieuw beoordelen (reopenRefs): deze maatregelen staan niet in de catalogus van"
                + " utrecht: 9.9, 7.1");
        assertThat(refuse(evaluation, Map.of("evaluationFindings", "Bevindingen.", "reopenRefs", "2.5;12"))
                .violations()).extracting(FormViolation::message)
                .containsExactly("deze maatregel staat niet in de catalogus van utrecht: 12");
        assertThat(refuse(evaluation, Map.of("reopenRefs", "2.5")).violations())
                .containsExactly(new FormViolation("evaluationFindings", "Bevindingen", "is verplicht"));
        assertThat(approved).isWaitingAt(MeasureProcessModel.WAITING);
        assertThat(runtime.getVariables(crisis.getId())).doesNotContainKeys("reopenRefs", "reopenResult");
    }

    private ProcessInstance start(String businessKey, String scenario) {
        MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(START_MESSAGE).tenantId(UTRECHT)
                .setVariable("scenario", scenario);
        if (businessKey != null) {
            correlation.processInstanceBusinessKey(businessKey);
        }
        ProcessInstance instance = correlation.correlateStartMessage();
        started.add(instance.getId());
        return instance;
    }

    private ProcessEngineException refuseStart(String businessKey, String scenario) {
        ProcessEngineException refused = catchThrowableOfType(ProcessEngineException.class,
                () -> start(businessKey, scenario));
        assertThat(refused).as("start of %s with scenario %s should be refused", businessKey, scenario).isNotNull();
        return refused;
    }

    private void end(String businessKey) {
        runtime.createMessageCorrelation(END_MESSAGE).tenantId(UTRECHT).processInstanceBusinessKey(businessKey)
                .correlate();
    }

    private void fire72Hours(ProcessInstance crisis) {
        Job timer = timer(crisis);
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
    }

    private void done(Task task) {
        tasks.complete(task.getId(), Map.of("checklistStatus", "GEREED"));
    }

    private static List<String> refs(Phase phase) {
        return VNG.measures().inPhase(phase).stream().map(Measure::ref).toList();
    }

    private List<Task> checklist(ProcessInstance crisis, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(crisis.getId()).taskDefinitionKey(taskKey).list();
    }

    private Task checklistTask(ProcessInstance crisis, String taskKey, String ref) {
        return checklist(crisis, taskKey).stream()
                .filter(task -> ref.equals(tasks.getVariableLocal(task.getId(), "measureRef"))).findFirst()
                .orElseThrow();
    }

    private Task evaluation(ProcessInstance crisis) {
        return tasks.createTaskQuery().processInstanceId(crisis.getId()).taskDefinitionKey(EVALUATION).singleResult();
    }

    private Job timer(ProcessInstance crisis) {
        return management.createJobQuery().processInstanceId(crisis.getId()).activityId(AFTER_72_HOURS)
                .singleResult();
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }

    // A measure's lifecycle driven to approval, as in MeasureProcessTests.
    private ProcessInstance measure(String ref) {
        ProcessInstance instance = lifecycles.start(UTRECHT, ref);
        started.add(instance.getId());
        return instance;
    }

    private ProcessInstance approvedMeasure(String ref) {
        ProcessInstance instance = measure(ref);
        complete(instance, intake());
        complete(instance, Map.of("plan", "Stappen, partners en middelen."));
        complete(instance, Map.of("executionSummary", "Gedaan."));
        complete(instance, Map.of("evidenceLinks", "https://intranet.utrecht.nl/" + ref));
        complete(instance, Map.of("reviewDecision", "GOEDGEKEURD"));
        assertThat(instance).isWaitingAt(MeasureProcessModel.WAITING);
        return instance;
    }

    private static Map<String, Object> intake() {
        Map<String, Object> intake = new HashMap<>();
        intake.put("applicability", "VAN_TOEPASSING");
        intake.put("owner", "utrecht.aov");
        intake.put("dueDate", "2026-03-01");
        return intake;
    }



}
