package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.scenario.ScenarioLoader;
import nl.weerbaar.core.scenario.Scenarios;
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
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.at;
import static nl.weerbaar.bpmn.crisis.CrisisProcessModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * Drives every path of {@code weerbaar-crisis}: the start by message and its refusals, the scenario's checklists of
 * the warm phase before and after the 72-hour timer counted from the disruption's start, the besluitenlijst and the
 * decision to scale down, the end message while the warm phase runs, the nafase with the evaluation that gets the
 * besluitenlijst and reopens measures' reviews, and every refused form.
 */
class CrisisProcessTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private static final Catalog VNG = CatalogLoader.vng2025();
    private static final Scenarios SCENARIOS = ScenarioLoader.vng2025();
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final String CRISIS = "utrecht:stroomuitval-2026-01";
    private static final String NOTE_REQUIRED = "is verplicht als de maatregel niet gereed of niet van toepassing is";

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private final HistoryService history = engine.getHistoryService();
    private final MeasureLifecycle lifecycles = new MeasureLifecycle(runtime, TestEngine.routes());

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(START, 10));
    }


    @Test
    void startByMessageOpensAChecklistTaskForEveryMeasureTheScenarioCallsOnInTheWarmPhaseBefore72Hours() {
        List<String> expected = refs("LANGDURIGE_STROOMUITVAL", Phase.WARM_TOT_72U);

        ProcessInstance crisis = start(CRISIS, "LANGDURIGE_STROOMUITVAL");

        assertThat(crisis).hasBusinessKey(CRISIS).isWaitingAt(CHECKLIST_WARM_TOT_72U, AFTER_72_HOURS, DECISION);
        assertThat(crisis.getTenantId()).isEqualTo(UTRECHT);
        assertThat(expected).contains("2.3", "3.1", "3.2", "2.2");
        List<Task> checklist = checklist(crisis, CHECKLIST_WARM_TOT_72U);
        assertThat(checklist).hasSize(expected.size());
        assertThat(checklist).extracting(task -> tasks.getVariableLocal(task.getId(), "measureRef"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(checklist(crisis, CHECKLIST_WARM_NA_72U)).isEmpty();
        assertThat(runtime.getVariables(crisis.getId()))
                .containsEntry("scenarioLabel", "Langdurige stroomuitval")
                .containsEntry("scenario", "LANGDURIGE_STROOMUITVAL")
                .containsEntry("warmTot72uRefs", expected)
                .containsEntry("warmNa72uRefs", refs("LANGDURIGE_STROOMUITVAL", Phase.WARM_NA_72U))
                .containsEntry("nafaseRefs", List.of("2.1", "4.1", "4.2", "4.4", "4.6", "4.7"))
                .containsEntry("disruptionStart", at(START, 10))
                .containsEntry("decisionLog", List.of());

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

        assertThat(timer.getDuedate()).isEqualTo(new Date(at(START, 10).getTime() + TimeUnit.HOURS.toMillis(72)))
                .isEqualTo(runtime.getVariable(crisis.getId(), "warmNa72uAt"));
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());

        assertThat(crisis).isWaitingAt(CHECKLIST_WARM_TOT_72U, CHECKLIST_WARM_NA_72U).hasPassed(AFTER_72_HOURS);
        List<String> expected = refs("UITVAL_DRINKWATER", Phase.WARM_NA_72U);
        assertThat(checklist(crisis, CHECKLIST_WARM_NA_72U))
                .extracting(task -> tasks.getVariableLocal(task.getId(), "measureRef"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(checklist(crisis, CHECKLIST_WARM_TOT_72U)).hasSize(refs("UITVAL_DRINKWATER",
                Phase.WARM_TOT_72U).size());
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

        assertThat(crisis).isWaitingAt(CHECKLIST_NAFASE, EVALUATION).hasPassed(ENDED).hasNotPassed(SCALED_DOWN);
        assertThat(checklist(crisis, CHECKLIST_WARM_TOT_72U)).isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceId(crisis.getId()).taskDefinitionKey(DECISION).count())
                .as("the besluitenlijst closes with the warm phase").isZero();
        assertThat(management.createJobQuery().processInstanceId(crisis.getId()).count()).as("72-hour timer").isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(crisis.getId())
                .taskDefinitionKey(CHECKLIST_WARM_TOT_72U).taskDeleteReason("deleted").count())
                .isEqualTo(refs("CYBERAANVAL", Phase.WARM_TOT_72U).size() - 1);
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
    void afterEveryWarmPhaseChecklistIsDoneTheBesluitenlijstStaysOpenUntilADecisionToScaleDownEndsTheWarmPhase() {
        ProcessInstance crisis = start(CRISIS, "UITVAL_TELECOM");
        checklist(crisis, CHECKLIST_WARM_TOT_72U).forEach(this::done);
        assertThat(crisis).isWaitingAt(AFTER_72_HOURS, DECISION);
        fire72Hours(crisis);
        checklist(crisis, CHECKLIST_WARM_NA_72U).forEach(this::done);
        assertThat(crisis).isWaitingAt(DECISION);

        decide(crisis, "AFSCHALEN", "Afschalen: telefonie hersteld, GRIP opgeheven.", "burgemeester", null);

        assertThat(crisis).isWaitingAt(CHECKLIST_NAFASE, EVALUATION).hasPassed(SCALED_DOWN, WARM_PHASE)
                .hasNotPassed(ENDED);
        checklist(crisis, CHECKLIST_NAFASE).forEach(this::done);
        assertThat(crisis).isWaitingAt(EVALUATION);
        tasks.complete(evaluation(crisis).getId(), Map.of("evaluationFindings", "Alles volgens draaiboek."));

        assertThat(crisis).isEnded().hasPassed(REOPEN, END);
        assertThat(historicVariable(crisis, "reopenResult")).isEqualTo("Geen maatregelen genoemd.");
        assertThat(historicVariable(crisis, "reopenedRefs")).isEqualTo("");
        assertThat(historicVariable(crisis, "decisionCount")).isEqualTo(1);
    }

    @Test
    void aDecisionToScaleDownCancelsTheChecklistsStillOpenAndTheTimer() {
        ProcessInstance crisis = start(CRISIS, "OVERSTROMING");

        decide(crisis, "AFSCHALEN", "Water gezakt; afschalen naar de nafase.", "beleidsteam (GBT)", null);

        assertThat(crisis).isWaitingAt(CHECKLIST_NAFASE, EVALUATION).hasPassed(SCALED_DOWN);
        assertThat(checklist(crisis, CHECKLIST_WARM_TOT_72U)).isEmpty();
        assertThat(management.createJobQuery().processInstanceId(crisis.getId()).count()).as("72-hour timer").isZero();
    }

    @Test
    void theChecklistsFollowTheScenario() {
        List<String> power = refs("LANGDURIGE_STROOMUITVAL", Phase.WARM_TOT_72U);
        List<String> cyber = refs("CYBERAANVAL", Phase.WARM_TOT_72U);

        ProcessInstance crisis = start(CRISIS, "CYBERAANVAL");

        assertThat(checklist(crisis, CHECKLIST_WARM_TOT_72U)).extracting(task -> tasks.getVariableLocal(task.getId(),
                "measureRef")).containsExactlyInAnyOrderElementsOf(cyber);
        assertThat(cyber).contains("1.3", "2.1", "2.3", "2.6").doesNotContain("3.1", "3.2", "2.2");
        assertThat(power).contains("3.1", "3.2", "2.2");
        assertThat(power.size()).isGreaterThan(cyber.size());
    }

    @Test
    void theChecklistsFollowTheGemeentesOwnAdjustmentOfTheScenario() {
        ProcessInstance crisis = InstanceTenant.call(TestEngine.AMERSFOORT, () -> runtime.createMessageCorrelation(START_MESSAGE).withoutTenantId()
                .processInstanceBusinessKey("amersfoort:cyber-2026-01").setVariable("scenario", "CYBERAANVAL")
                .correlateStartMessage());
        started.add(crisis.getId());

        List<Object> checklist = checklist(crisis, CHECKLIST_WARM_TOT_72U).stream()
                .map(task -> tasks.getVariableLocal(task.getId(), "measureRef")).toList();
        assertThat(refs("CYBERAANVAL", Phase.WARM_TOT_72U)).contains("2.6").doesNotContain("3.1");
        assertThat(checklist).contains("3.1").doesNotContain("2.6");
        assertThat(checklist).hasSize(refs("CYBERAANVAL", Phase.WARM_TOT_72U).size());
    }

    @Test
    void aFormerScenarioCodeStartsTheScenarioItNowMeans() {
        ProcessInstance crisis = start(CRISIS, "GEWAPEND_CONFLICT");

        assertThat(runtime.getVariables(crisis.getId())).containsEntry("scenario", "MILITAIRE_DREIGING")
                .containsEntry("scenarioLabel", "Militaire dreiging / host nation support")
                .containsEntry("warmTot72uRefs", refs("MILITAIRE_DREIGING", Phase.WARM_TOT_72U));
    }

    @Test
    void theSeventyTwoHoursCountFromTheStartOfTheDisruption() {
        ProcessInstance evening = start(CRISIS, "LANGDURIGE_STROOMUITVAL", "2026-01-04T22:15+01:00");
        ProcessInstance local = start("utrecht:cyber-2026-01", "CYBERAANVAL", "2026-01-05T08:00");
        ProcessInstance longAgo = start("utrecht:drinkwater-2026-01", "UITVAL_DRINKWATER", at(START.minusDays(4), 10));

        assertThat(timer(evening).getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-01-07T22:15+01:00")
                .toInstant()));
        assertThat(timer(local).getDuedate()).isEqualTo(at(START.plusDays(3), 8));
        assertThat(runtime.getVariable(evening.getId(), "disruptionStart")).isEqualTo(Date.from(OffsetDateTime
                .parse("2026-01-04T22:15+01:00").toInstant()));
        assertThat(management.createJobQuery().processInstanceId(longAgo.getId()).executable().count())
                .as("the 72 hours passed before the crisis was activated: the timer is due at once").isEqualTo(1);
        fire72Hours(longAgo);
        assertThat(longAgo).isWaitingAt(CHECKLIST_WARM_TOT_72U, CHECKLIST_WARM_NA_72U, DECISION);
    }

    @Test
    void refusesADisruptionStartInTheFutureOrThatIsNoMoment() {
        assertThat(refuseStart(CRISIS, "LANGDURIGE_STROOMUITVAL", at(START, 11)))
                .isInstanceOf(StartRefusedException.class)
                .hasMessage("Crisis niet gestart: het begin van de verstoring (2026-01-05T11:00+01:00) ligt in de"
                        + " toekomst");
        assertThat(refuseStart(CRISIS, "LANGDURIGE_STROOMUITVAL", "gisteravond"))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("Crisis niet gestart: 'disruptionStart' is geen tijdstip (bijv."
                        + " 2026-01-05T06:30+01:00): gisteravond");
        ProcessInstance withinTolerance = start(CRISIS, "LANGDURIGE_STROOMUITVAL",
                new Date(at(START, 10).getTime() + TimeUnit.MINUTES.toMillis(4)));
        assertThat(withinTolerance).isWaitingAt(DECISION);
    }

    @Test
    void theBesluitenlijstKeepsEveryDecisionWithItsMomentsAndGoesIntoTheEvaluation() {
        ProcessInstance crisis = start(CRISIS, "LANGDURIGE_STROOMUITVAL", "2026-01-05T06:30+01:00");
        engine.getIdentityService().setAuthentication("utrecht.aov", List.of(), List.of(UTRECHT));
        try {
            decide(crisis, "BESLUIT", "Noodverordening afgekondigd voor het centrum.", "burgemeester",
                    "2026-01-05T08:15+01:00");
            ClockUtil.setCurrentTime(at(START, 11));
            Map<String, Object> second = decision("BESLUIT", "Drie noodsteunpunten openen.", "beleidsteam (GBT)", null);
            second.put("decisionNote", "Overvecht, Kanaleneiland, Zuilen");
            tasks.complete(decisionTask(crisis).getId(), second);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(crisis).isWaitingAt(DECISION);
        assertThat(tasks.getVariables(decisionTask(crisis).getId())).doesNotContainKeys("decision", "decidedBy",
                "decidedAt", "decisionKind", "decisionNote");
        List<CrisisDecisions.Entry> log = CrisisDecisions.of(runtime.getVariable(crisis.getId(), "decisionLog"));
        assertThat(log).containsExactly(
                new CrisisDecisions.Entry("BESLUIT", "Noodverordening afgekondigd voor het centrum.", "burgemeester",
                        OffsetDateTime.parse("2026-01-05T08:15+01:00"), OffsetDateTime.parse("2026-01-05T10:00+01:00"),
                        "utrecht.aov", null),
                new CrisisDecisions.Entry("BESLUIT", "Drie noodsteunpunten openen.", "beleidsteam (GBT)",
                        OffsetDateTime.parse("2026-01-05T11:00+01:00"), OffsetDateTime.parse("2026-01-05T11:00+01:00"),
                        "utrecht.aov", "Overvecht, Kanaleneiland, Zuilen"));

        end(CRISIS);
        Task evaluation = evaluation(crisis);
        assertThat(tasks.getVariableLocal(evaluation.getId(), "decisionLogText")).isEqualTo("1. 5 januari 2026 08:15"
                + " — burgemeester: Noodverordening afgekondigd voor het centrum. [vastgelegd 5 januari 2026 10:00"
                + " door utrecht.aov]\n2. 5 januari 2026 11:00 — beleidsteam (GBT): Drie noodsteunpunten openen."
                + " (Overvecht, Kanaleneiland, Zuilen) [vastgelegd 5 januari 2026 11:00 door utrecht.aov]");
        assertThat(runtime.getVariable(crisis.getId(), "decisionCount")).isEqualTo(2);
    }

    @Test
    void refusesADecisionInTheFutureOrBeforeTheDisruptionBegan() {
        ProcessInstance crisis = start(CRISIS, "LANGDURIGE_STROOMUITVAL", "2026-01-05T06:30+01:00");
        Task task = decisionTask(crisis);

        assertThat(refuse(task, decision("BESLUIT", "Scholen dicht.", "burgemeester", "2026-01-05T12:00+01:00"))
                .violations()).containsExactly(new FormViolation("decidedAt", "Genomen op", "ligt in de toekomst"));
        assertThat(refuse(task, decision("BESLUIT", "Scholen dicht.", "burgemeester", "2026-01-05T06:00+01:00"))
                .violations()).containsExactly(new FormViolation("decidedAt", "Genomen op",
                "ligt vóór het begin van de verstoring (2026-01-05T06:30+01:00)"));
        assertThat(refuse(task, decision("BESLUIT", "Scholen dicht.", "burgemeester", "morgenochtend"))
                .violations()).containsExactly(new FormViolation("decidedAt", "Genomen op",
                "is geen geldig tijdstip (JJJJ-MM-DDTUU:MM)"));
        assertThat(refuse(task, Map.of("decisionKind", "BESLUIT")).violations()).extracting(FormViolation::field)
                .containsExactly("decision", "decidedBy");
        assertThat(runtime.getVariable(crisis.getId(), "decisionLog")).isEqualTo(List.of());
    }

    @Test
    void theEvaluationReopensTheReviewOfAnApprovedMeasureAndReportsTheOnesItCannotReopen() {
        ProcessInstance approved = approvedMeasure("2.1");
        ProcessInstance inProgress = measure("4.7");
        complete(inProgress, intake());
        ProcessInstance crisis = start(CRISIS, "MILITAIRE_DREIGING");
        end(CRISIS);

        tasks.complete(evaluation(crisis).getId(), Map.of("evaluationFindings", "Sleutelfiguren niet bereikt.",
                "reopenRefs", "2.1, 6.3\n4.7"));

        assertThat(approved).isWaitingAt(MeasureProcessModel.RE_REVIEW).hasPassed(MeasureProcessModel.REOPENED);
        assertThat(runtime.getVariable(approved.getId(), "reReviewReason")).isEqualTo("Evaluatie van crisis "
                + CRISIS + " (Militaire dreiging / host nation support): Sleutelfiguren niet bereikt.");
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
                + " drinkwater), UITVAL_TELECOM (Uitval telecom/ICT), CYBERAANVAL (Cyberaanval), OVERSTROMING"
                + " (Overstroming), DROOGTE (Droogte), NATUURBRAND (Natuurbrand), MILITAIRE_DREIGING (Militaire"
                + " dreiging / host nation support)";
        long crisesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey(CrisisProcess.KEY).count();

        assertThat(refuseStart(CRISIS, "TSUNAMI")).isInstanceOf(StartRefusedException.class)
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
        assertThat(refuseStart(null, "CYBERAANVAL")).isInstanceOf(StartRefusedException.class)
                .hasMessage("Crisis niet gestart: geef een business key mee"
                        + " (bijv. utrecht:stroomuitval-2026-01); het einde van de crisis wordt daarop gecorreleerd");

        ProcessInstance running = start(CRISIS, "CYBERAANVAL");
        assertThat(refuseStart(CRISIS, "OVERSTROMING")).isInstanceOf(AlreadyRunningException.class)
                .hasMessage("Proces weerbaar-crisis met business key " + CRISIS + " loopt al in utrecht"
                        + " (procesinstantie " + running.getId() + "); er loopt er hooguit één tegelijk.");
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
        assertThat(checklist(crisis, CHECKLIST_WARM_TOT_72U)).hasSize(refs("LANGDURIGE_STROOMUITVAL",
                Phase.WARM_TOT_72U).size() - 2);
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

    @Test
    void aUserStartsACrisisWithItsScenarioAndTheDisruptionsStartAndNothingElse() {
        engine.getIdentityService().setAuthentication("utrecht.aov", List.of("weerbaar-aov-adviseur"),
                List.of(UTRECHT));
        ProcessInstance crisis;
        ProcessEngineException refused;
        try {
            crisis = start("utrecht:stroomuitval-door-gebruiker", "LANGDURIGE_STROOMUITVAL", "2026-01-05T06:30+01:00");
            refused = catchThrowableOfType(ProcessEngineException.class, () -> InstanceTenant.call(UTRECHT, () -> runtime
                    .createMessageCorrelation(START_MESSAGE).withoutTenantId()
                    .processInstanceBusinessKey("utrecht:stroomuitval-met-eigen-grens")
                    .setVariable("scenario", "LANGDURIGE_STROOMUITVAL").setVariable("warmNa72uAt", new Date())
                    .correlateStartMessage()));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(runtime.getVariable(crisis.getId(), "disruptionStart")).isEqualTo(Date.from(OffsetDateTime
                .parse("2026-01-05T06:30+01:00").toInstant()));
        assertThat(refused).hasMessageContaining("variabele 'warmNa72uAt' wordt bij de start niet aangenomen;"
                + " toegestaan: disruptionStart, scenario");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(
                "utrecht:stroomuitval-met-eigen-grens").count()).isZero();
    }

    private ProcessInstance start(String businessKey, String scenario) {
        return start(businessKey, scenario, null);
    }

    private ProcessInstance start(String businessKey, String scenario, Object disruptionStart) {
        MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(START_MESSAGE).withoutTenantId()
                .setVariable("scenario", scenario);
        if (disruptionStart != null) {
            correlation.setVariable("disruptionStart", disruptionStart);
        }
        if (businessKey != null) {
            correlation.processInstanceBusinessKey(businessKey);
        }
        ProcessInstance instance = InstanceTenant.call(UTRECHT, correlation::correlateStartMessage);
        started.add(instance.getId());
        return instance;
    }

    private ProcessEngineException refuseStart(String businessKey, String scenario) {
        return refuseStart(businessKey, scenario, null);
    }

    private ProcessEngineException refuseStart(String businessKey, String scenario, Object disruptionStart) {
        ProcessEngineException refused = catchThrowableOfType(ProcessEngineException.class,
                () -> start(businessKey, scenario, disruptionStart));
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

    /** The catalog's measures of the phase that the scenario calls on, in the guide's order. */
    private static List<String> refs(String scenario, Phase phase) {
        Set<String> called = SCENARIOS.refs(SCENARIOS.find(scenario).orElseThrow());
        return VNG.measures().inPhase(phase).stream().map(Measure::ref).filter(called::contains).toList();
    }

    private Task decisionTask(ProcessInstance crisis) {
        return tasks.createTaskQuery().processInstanceId(crisis.getId()).taskDefinitionKey(DECISION).singleResult();
    }

    private static Map<String, Object> decision(String kind, String decision, String decidedBy, String decidedAt) {
        Map<String, Object> values = new HashMap<>();
        values.put("decisionKind", kind);
        values.put("decision", decision);
        values.put("decidedBy", decidedBy);
        values.put("decidedAt", decidedAt);
        return values;
    }

    private void decide(ProcessInstance crisis, String kind, String decision, String decidedBy, String decidedAt) {
        tasks.complete(decisionTask(crisis).getId(), decision(kind, decision, decidedBy, decidedAt));
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
