package nl.weerbaar.bpmn.continuity;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.continuity.internal.PlanNextReviewDelegate;
import nl.weerbaar.bpmn.continuity.internal.YearlyReviewsDelegate;
import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.TestEngine.AMERSFOORT;
import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.VR_UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.at;
import static nl.weerbaar.bpmn.continuity.ContinuityProcessModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * Drives every path of {@code weerbaar-continuiteit}: the yearly timer start and the manual start, one assessment
 * per critical process, the failed-test loop, the rejection loop, the report to the college, the planning of the
 * next review across a year boundary, and every refused form.
 */
class ContinuityProcessTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private final HistoryService history = engine.getHistoryService();

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(START, 10));
    }


    @Test
    void manualStartAsksTheBcmCoordinatorForTheCriticalProcesses() {
        ProcessInstance instance = start(Map.of());

        assertThat(instance).isWaitingAt(INVENTORY).hasPassed(START_MANUAL).hasNotPassed(START_YEARLY);
        assertThat(instance.getTenantId()).isEqualTo(UTRECHT);
        Task inventory = task(instance);
        assertThat(inventory.getName()).isEqualTo("Kritieke processen inventariseren");
        assertThat(inventory.getTenantId()).isEqualTo(UTRECHT);
        assertThat(candidateGroups(inventory)).containsExactly("weerbaar-bcm-coordinator");
    }

    @Test
    void startByKeyLikeTasklistEntersThroughTheInitialTimerStartEventAtOnce() {
        ProcessInstance instance = InstanceTenant.call(AMERSFOORT, () -> runtime.createProcessInstanceByKey(ContinuityProcess.KEY)
                .processDefinitionWithoutTenantId()
                .setVariable("lastFullInventoryDate", "2025-06-30")
                .execute());
        started.add(instance.getId());

        assertThat(instance).isWaitingAt(INVENTORY).hasPassed(START_YEARLY).hasNotPassed(START_MANUAL);
        assertThat(task(instance).getTenantId()).isEqualTo(AMERSFOORT);
        assertThat(runtime.getVariable(instance.getId(), "lastFullInventoryDate")).isEqualTo("2025-06-30");
    }

    @Test
    void oneYearlyTimerForAllTenantsStartsAReviewInEveryTenantOnTheReviewDay() {
        List<Job> timers = yearlyTimers();
        assertThat(timers).as("one timer start job for the one deployment").hasSize(1);
        Job timer = timers.get(0);
        assertThat(timer.getTenantId()).isNull();
        // The cron of the settings (15 January, 09:00) was evaluated when the model was deployed.
        Date due = nextFifteenthOfJanuaryAtNine(timer.getCreateTime());
        assertThat(timer.getDuedate()).isEqualTo(due);

        ClockUtil.setCurrentTime(due);
        management.executeJob(timer.getId());

        List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ContinuityProcess.KEY).list();
        instances.forEach(i -> started.add(i.getId()));
        assertThat(instances).extracting(ProcessInstance::getTenantId)
                .containsExactlyInAnyOrder(UTRECHT, AMERSFOORT, VR_UTRECHT);
        assertThat(instances).allSatisfy(instance -> {
            assertThat(instance).isWaitingAt(INVENTORY).hasPassed(START_YEARLY).hasNotPassed(START_MANUAL);
            assertThat(task(instance).getTenantId()).isEqualTo(instance.getTenantId());
        });
        HistoricProcessInstance fanOut = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ContinuityProcess.KEY).withoutTenantId().singleResult();
        assertThat(fanOut.getEndActivityId()).isEqualTo(END_STARTED_EVERYWHERE);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(fanOut.getId())
                .variableName(YearlyReviewsDelegate.STARTED).singleResult().getValue()).isEqualTo(3);
        assertThat(yearlyTimers()).extracting(Job::getDuedate)
                .as("the cycle schedules next year's review").containsExactly(nextFifteenthOfJanuaryAtNine(due));
        history.deleteHistoricProcessInstance(fanOut.getId());
    }

    @Test
    void assessesEveryCriticalProcessInItsOwnTaskAndCollectsTheResultsInInventoryOrder() {
        ProcessInstance instance = start(Map.of());

        complete(instance, INVENTORY, Map.of("criticalProcesses", "  Uitkeringen\n\nBetalingen  \nOpenbare orde\n"));

        List<Task> assessments = tasks(instance, ASSESS_PROCESS);
        assertThat(assessments).hasSize(3).allSatisfy(task ->
                assertThat(candidateGroups(task)).containsExactly("weerbaar-bcm-coordinator"));
        assertThat(assessments).extracting(task -> tasks.getVariable(task.getId(), "criticalProcess"))
                .containsExactlyInAnyOrder("Uitkeringen", "Betalingen", "Openbare orde");
        assertThat(runtime.getVariable(instance.getId(), "criticalProcessList"))
                .isEqualTo(List.of("Uitkeringen", "Betalingen", "Openbare orde"));

        assess(instance, "Openbare orde", 24, 4, "Meldkamer en piketregeling", false);
        assess(instance, "Uitkeringen", 72, 48, "Voorschotten handmatig\nuitbetalen via de bank", true);
        assertThat(instance).isWaitingAt(ASSESS_PROCESS);
        assess(instance, "Betalingen", 48, 24, "Betaalbatch bij de bank", true);

        assertThat(instance).isWaitingAt(SAFEGUARDS).hasPassed(SAFEGUARDS_MERGE);
        assertThat(runtime.getVariable(instance.getId(), "processResults")).isEqualTo(List.of(
                result("Uitkeringen", 72, 48, "Voorschotten handmatig\nuitbetalen via de bank", true),
                result("Betalingen", 48, 24, "Betaalbatch bij de bank", true),
                result("Openbare orde", 24, 4, "Meldkamer en piketregeling", false)));
        assertThat(runtime.getVariable(instance.getId(), "processResultsSummary")).isEqualTo(
                "Uitkeringen: maximaal 72 uur uitval, hersteltijd 48 uur, afhankelijk van ICT-leveranciers: ja."
                        + " Terugvaloptie: Voorschotten handmatig / uitbetalen via de bank\n"
                        + "Betalingen: maximaal 48 uur uitval, hersteltijd 24 uur, afhankelijk van ICT-leveranciers:"
                        + " ja. Terugvaloptie: Betaalbatch bij de bank\n"
                        + "Openbare orde: maximaal 24 uur uitval, hersteltijd 4 uur, afhankelijk van"
                        + " ICT-leveranciers: nee. Terugvaloptie: Meldkamer en piketregeling");
        assertThat(runtime.getVariables(instance.getId()))
                .as("each assessment's fields stay local to its own task")
                .doesNotContainKeys("criticalProcess", "maxDowntimeHours", "recoveryTimeHours", "fallback",
                        "dependsOnIctSuppliers");
    }

    @Test
    void refusesARecoveryTimeLongerThanTheMaximumTolerableDowntime() {
        ProcessInstance instance = start(Map.of());
        complete(instance, INVENTORY, Map.of("criticalProcesses", "Burgerzaken\nBetalingen"));
        Task burgerzaken = assessment(instance, "Burgerzaken");

        FormValidationException refused = refuse(burgerzaken, Map.of("maxDowntimeHours", 24,
                "recoveryTimeHours", 36, "fallback", "Papieren aanvragen", "dependsOnIctSuppliers", true));

        assertThat(refused.violations()).containsExactly(new FormViolation("recoveryTimeHours", "Hersteltijd (uren)",
                "mag niet groter zijn dan de maximaal toelaatbare uitval (24 uur)"));
        assertThat(refused).hasMessage("Formulier 'Kritiek proces beoordelen' is niet volledig of niet juist"
                + " ingevuld: Hersteltijd (uren) (recoveryTimeHours): mag niet groter zijn dan de maximaal"
                + " toelaatbare uitval (24 uur)");
        assertThat(tasks.getVariable(burgerzaken.getId(), "recoveryTimeHours")).isNull();
        assertThat(runtime.getVariable(instance.getId(), "processResults")).isEqualTo(List.of());

        tasks.complete(burgerzaken.getId(), Map.of("maxDowntimeHours", 24, "recoveryTimeHours", 24,
                "fallback", "Papieren aanvragen"));
        assertThat(runtime.getVariable(instance.getId(), "processResults"))
                .isEqualTo(List.of(result("Burgerzaken", 24, 24, "Papieren aanvragen", false)));
        assertThat(instance).isWaitingAt(ASSESS_PROCESS);
    }

    @Test
    void refusesAnAssessmentWithoutHoursOfAtLeastOneOrWithoutFallback() {
        ProcessInstance instance = start(Map.of());
        complete(instance, INVENTORY, Map.of("criticalProcesses", "Burgerzaken"));

        FormValidationException refused = refuse(assessment(instance, "Burgerzaken"),
                Map.of("maxDowntimeHours", 0, "recoveryTimeHours", "zes", "fallback", " "));
        assertThat(refused.violations()).containsExactly(new FormViolation("recoveryTimeHours", "Hersteltijd (uren)",
                "moet een geheel getal zijn"));

        refused = refuse(assessment(instance, "Burgerzaken"),
                Map.of("maxDowntimeHours", 0, "recoveryTimeHours", 0, "fallback", " "));
        assertThat(refused.violations()).extracting(FormViolation::field, FormViolation::message).containsExactly(
                tuple("maxDowntimeHours", "moet minstens 1 uur zijn"),
                tuple("recoveryTimeHours", "moet minstens 1 uur zijn"),
                tuple("fallback", "is verplicht"));
    }

    @Test
    void refusesAnEmptyInventoryAndOneThatNamesAProcessTwice() {
        ProcessInstance instance = start(Map.of());
        Task inventory = task(instance);

        assertThat(refuse(inventory, Map.of("criticalProcesses", " \n ")).violations()).containsExactly(
                new FormViolation("criticalProcesses", "Kritieke processen", "noem minstens één kritiek proces"));
        assertThat(refuse(inventory, Map.of("criticalProcesses", "Betalingen\nburgerzaken\nBurgerzaken\nBetalingen"))
                .violations()).containsExactly(new FormViolation("criticalProcesses", "Kritieke processen",
                "noemt een proces meer dan eens: Burgerzaken, Betalingen"));
        assertThat(refuse(inventory, Map.of("criticalProcesses", "Burgerzaken", "lastFullInventoryDate", "maart 2024"))
                .violations()).containsExactly(new FormViolation("lastFullInventoryDate",
                "Laatste volledige actualisatie lijst kritieke systemen", "is geen geldige datum (JJJJ-MM-DD)"));
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("criticalProcesses",
                "criticalProcessList");
    }

    @Test
    void requiresAnExplanationWhenAnSlaRequirementIsMissing() {
        ProcessInstance instance = atSafeguards();
        Task safeguards = task(instance);
        Map<String, Object> partly = new HashMap<>(allSlasInPlace());
        partly.put("slaDataInEu", false);

        assertThat(refuse(safeguards, partly).violations()).containsExactly(new FormViolation("slaGaps",
                "Toelichting op wat ontbreekt", "is verplicht als een afspraak met ICT-leveranciers ontbreekt"));
        Map<String, Object> unticked = new HashMap<>(Map.of("safeguards", "Noodstroom in het stadskantoor"));
        assertThat(refuse(safeguards, unticked).violations()).extracting(FormViolation::field)
                .containsExactly("slaGaps");
        assertThat(refuse(safeguards, Map.of()).violations()).extracting(FormViolation::field)
                .containsExactly("safeguards");

        partly.put("slaGaps", "Zaaksysteem draait in een Amerikaans datacenter; exit-plan in 2027.");
        tasks.complete(safeguards.getId(), partly);
        assertThat(instance).isWaitingAt(STAFF);
    }

    @Test
    void acceptsCompleteSlasWithoutExplanation() {
        ProcessInstance instance = atSafeguards();

        complete(instance, SAFEGUARDS, allSlasInPlace());

        assertThat(instance).isWaitingAt(STAFF);
        assertThat(runtime.getVariables(instance.getId())).containsEntry("slaAvailability", true)
                .containsEntry("slaDataInEu", true).doesNotContainKey("slaGaps");
    }

    @Test
    void refusesStaffContinuityWithoutCoreTeamOrWithNegativeCounts() {
        ProcessInstance instance = atSafeguards();
        complete(instance, SAFEGUARDS, allSlasInPlace());

        FormValidationException refused = refuse(task(instance), Map.of("reservistCount", -1,
                "mantelzorgerCount", 12));

        assertThat(refused.violations()).extracting(FormViolation::field, FormViolation::message).containsExactly(
                tuple("coreTeam", "is verplicht"), tuple("reservistCount", "mag niet negatief zijn"));
        complete(instance, STAFF, staff());
        assertThat(instance).isWaitingAt(EXERCISE);
        assertThat(runtime.getVariables(instance.getId())).containsEntry("reservistCount", 3)
                .containsEntry("mantelzorgerCount", 14);
    }

    @Test
    void failedTestSendsThePlansBackToTheSafeguardsCheck() {
        ProcessInstance instance = atExercise();

        complete(instance, EXERCISE, Map.of("exerciseDate", "2026-11-20", "exerciseResult", "NIET_GESLAAGD",
                "exerciseFindings", "Noodstroom viel na twee uur uit."));

        assertThat(instance).isWaitingAt(SAFEGUARDS);
        assertThat(runtime.getVariable(instance.getId(), "exerciseFindings"))
                .isEqualTo("Noodstroom viel na twee uur uit.");
        complete(instance, SAFEGUARDS, Map.of("safeguards", "Noodstroom met brandstof voor 72 uur",
                "slaAvailability", true, "slaRecoveryCapacity", true, "slaIncidentCommunication", true,
                "slaDataInEu", true));
        complete(instance, STAFF, staff());
        complete(instance, EXERCISE, Map.of("exerciseDate", "2026-12-10", "exerciseResult", "GESLAAGD"));

        assertThat(instance).isWaitingAt(APPROVAL);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-gemeentesecretaris");
        assertThat(timesPassed(instance, SAFEGUARDS)).isEqualTo(2);
        assertThat(timesPassed(instance, EXERCISE)).isEqualTo(2);
        assertThat(timesPassed(instance, INVENTORY)).isEqualTo(1);
    }

    @Test
    void refusesAFailedTestWithoutFindings() {
        ProcessInstance instance = atExercise();

        FormValidationException refused = refuse(task(instance), Map.of("exerciseDate", "2026-11-20",
                "exerciseResult", "NIET_GESLAAGD"));

        assertThat(refused.violations()).containsExactly(new FormViolation("exerciseFindings", "Bevindingen",
                "is verplicht als de test niet is geslaagd: wat moet er anders"));
        assertThat(refuse(task(instance), Map.of("exerciseResult", "GESLAAGD")).violations())
                .containsExactly(new FormViolation("exerciseDate", "Datum van de oefening", "is verplicht"));
        assertThat(instance).isWaitingAt(EXERCISE);
    }

    @Test
    void rejectionSendsTheReviewBackToTheInventoryAndAssessesTheNewListAgain() {
        ProcessInstance instance = atApproval();

        complete(instance, APPROVAL, Map.of("approvalDecision", "AFGEKEURD",
                "approvalComment", "Afvalinzameling ontbreekt als kritiek proces."));

        assertThat(instance).isWaitingAt(INVENTORY);
        assertThat(timesPassed(instance, INVENTORY_MERGE)).isEqualTo(2);
        complete(instance, INVENTORY, Map.of("criticalProcesses", "Uitkeringen\nAfvalinzameling"));
        assertThat(runtime.getVariable(instance.getId(), "processResults")).isEqualTo(List.of());
        assertThat(tasks(instance, ASSESS_PROCESS)).hasSize(2);
        assess(instance, "Uitkeringen", 72, 48, "Voorschotten", true);
        assess(instance, "Afvalinzameling", 96, 72, "Inzameling door de buurgemeente", false);

        assertThat(instance).isWaitingAt(SAFEGUARDS);
        assertThat(runtime.getVariable(instance.getId(), "processResults")).isEqualTo(List.of(
                result("Uitkeringen", 72, 48, "Voorschotten", true),
                result("Afvalinzameling", 96, 72, "Inzameling door de buurgemeente", false)));
    }

    @Test
    void refusesARejectionWithoutComment() {
        ProcessInstance instance = atApproval();

        assertThat(refuse(task(instance), Map.of("approvalDecision", "AFGEKEURD")).violations()).containsExactly(
                new FormViolation("approvalComment", "Toelichting", "is verplicht bij afkeuren: wat moet er opnieuw"));
        assertThat(refuse(task(instance), Map.of()).violations()).containsExactly(
                new FormViolation("approvalDecision", "Besluit", "is verplicht"));
        assertThat(instance).isWaitingAt(APPROVAL);
    }

    @Test
    void refusesAReportWithoutCollegeDateOrDecisionNumber() {
        ProcessInstance instance = atApproval();
        complete(instance, APPROVAL, Map.of("approvalDecision", "GOEDGEKEURD"));
        assertThat(instance).isWaitingAt(REPORT);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-bcm-coordinator");

        FormValidationException refused = refuse(task(instance), Map.of("collegeDecisionNumber", "  "));

        assertThat(refused.violations()).containsExactly(
                new FormViolation("collegeDate", "Datum collegebesluit", "is verplicht"),
                new FormViolation("collegeDecisionNumber", "Besluitnummer", "is verplicht"));
        assertThat(instance).isWaitingAt(REPORT);
    }

    @Test
    void reportedReviewPlansTheNextReviewInTheNewYearAndFlagsTheOverdueListOfCriticalSystems() {
        ProcessInstance instance = atApproval(Map.of("lastFullInventoryDate", "2024-03-01"));
        complete(instance, APPROVAL, Map.of("approvalDecision", "GOEDGEKEURD", "approvalComment", "Akkoord."));
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 12, 22), 14));

        complete(instance, REPORT, Map.of("collegeDate", "2026-12-22", "collegeDecisionNumber", "B&W 2026/1234"));

        assertThat(instance).isEnded().hasPassed(REPORT, PLAN_NEXT, END);
        assertThat(historicVariable(instance, "collegeDate")).isEqualTo("2026-12-22");
        assertThat(historicVariable(instance, "collegeDecisionNumber")).isEqualTo("B&W 2026/1234");
        assertThat(historicVariable(instance, "nextReviewDate")).isEqualTo("2027-01-15");
        assertThat(historicVariable(instance, "lastFullInventoryDate")).isEqualTo("2024-03-01");
        assertThat(historicVariable(instance, "criticalSystemsListDueDate")).isEqualTo("2027-03-01");
        assertThat(historicVariable(instance, "criticalSystemsListDue")).isEqualTo(true);
    }

    @Test
    void withoutAnEarlierFullUpdateThisReviewCountsAsTheFullUpdateOfTheListOfCriticalSystems() {
        ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 4), 10));
        ProcessInstance instance = atApproval();
        complete(instance, APPROVAL, Map.of("approvalDecision", "GOEDGEKEURD"));

        complete(instance, REPORT, Map.of("collegeDate", "2027-01-05", "collegeDecisionNumber", "2027-0012"));

        assertThat(instance).isEnded().hasPassed(PLAN_NEXT);
        assertThat(historicVariable(instance, "nextReviewDate")).as("this year's review day is still ahead")
                .isEqualTo("2027-01-15");
        assertThat(historicVariable(instance, "lastFullInventoryDate")).isEqualTo("2027-01-04");
        assertThat(historicVariable(instance, "criticalSystemsListDueDate")).isEqualTo("2030-01-04");
        assertThat(historicVariable(instance, "criticalSystemsListDue")).isEqualTo(false);
    }

    @Test
    void theNextReviewDayIsAlwaysAfterTodayAndTheListIsDueWhenItWouldExpireBeforeTheReviewAfterIt() {
        MonthDay january15 = MonthDay.of(1, 15);
        assertThat(PlanNextReviewDelegate.nextOccurrence(january15, LocalDate.of(2026, 12, 31)))
                .isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(PlanNextReviewDelegate.nextOccurrence(january15, LocalDate.of(2027, 1, 15)))
                .isEqualTo(LocalDate.of(2028, 1, 15));
        assertThat(PlanNextReviewDelegate.nextOccurrence(january15, LocalDate.of(2027, 1, 14)))
                .isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(PlanNextReviewDelegate.nextOccurrence(MonthDay.of(2, 29), LocalDate.of(2027, 3, 1)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PlanNextReviewDelegate.nextOccurrence(MonthDay.of(2, 29), LocalDate.of(2028, 3, 1)))
                .isEqualTo(LocalDate.of(2029, 2, 28));

        LocalDate nextReview = LocalDate.of(2027, 1, 15);
        assertThat(PlanNextReviewDelegate.listDue(LocalDate.of(2028, 1, 14), january15, nextReview)).isTrue();
        assertThat(PlanNextReviewDelegate.listDue(LocalDate.of(2028, 1, 15), january15, nextReview)).isFalse();
    }

    private ProcessInstance start(Map<String, Object> variables) {
        ProcessInstance instance = ContinuityProcess.startManually(runtime, UTRECHT, variables);
        started.add(instance.getId());
        return instance;
    }

    private ProcessInstance atSafeguards() {
        return atSafeguards(Map.of());
    }

    private ProcessInstance atSafeguards(Map<String, Object> startVariables) {
        ProcessInstance instance = start(startVariables);
        complete(instance, INVENTORY, Map.of("criticalProcesses", "Uitkeringen"));
        assess(instance, "Uitkeringen", 72, 48, "Voorschotten", true);
        assertThat(instance).isWaitingAt(SAFEGUARDS);
        return instance;
    }

    private ProcessInstance atExercise() {
        ProcessInstance instance = atSafeguards();
        complete(instance, SAFEGUARDS, allSlasInPlace());
        complete(instance, STAFF, staff());
        assertThat(instance).isWaitingAt(EXERCISE);
        return instance;
    }

    private ProcessInstance atApproval() {
        return atApproval(Map.of());
    }

    private ProcessInstance atApproval(Map<String, Object> startVariables) {
        ProcessInstance instance = atSafeguards(startVariables);
        complete(instance, SAFEGUARDS, allSlasInPlace());
        complete(instance, STAFF, staff());
        complete(instance, EXERCISE, Map.of("exerciseDate", "2026-11-20", "exerciseResult", "GESLAAGD"));
        assertThat(instance).isWaitingAt(APPROVAL);
        return instance;
    }

    private static Map<String, Object> allSlasInPlace() {
        return Map.of("safeguards", "Noodstroom, offline kopie van de BRP, papieren formulieren",
                "slaAvailability", true, "slaRecoveryCapacity", true, "slaIncidentCommunication", true,
                "slaDataInEu", true);
    }

    private static Map<String, Object> staff() {
        return Map.of("coreTeam", "Teamleiders Burgerzaken, Financiën en OOV", "reservistCount", 3,
                "mantelzorgerCount", 14);
    }

    private void assess(ProcessInstance instance, String process, int maxDowntime, int recoveryTime, String fallback,
                        boolean ictSuppliers) {
        tasks.complete(assessment(instance, process).getId(), Map.of("maxDowntimeHours", maxDowntime,
                "recoveryTimeHours", recoveryTime, "fallback", fallback, "dependsOnIctSuppliers", ictSuppliers));
    }

    private static Map<String, Object> result(String process, int maxDowntime, int recoveryTime, String fallback,
                                              boolean ictSuppliers) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("process", process);
        result.put("maxDowntimeHours", maxDowntime);
        result.put("recoveryTimeHours", recoveryTime);
        result.put("fallback", fallback);
        result.put("dependsOnIctSuppliers", ictSuppliers);
        return result;
    }

    private Task assessment(ProcessInstance instance, String process) {
        return tasks(instance, ASSESS_PROCESS).stream()
                .filter(task -> process.equals(tasks.getVariable(task.getId(), "criticalProcess")))
                .findFirst().orElseThrow();
    }

    private List<Job> yearlyTimers() {
        return management.createJobQuery().processDefinitionKey(ContinuityProcess.KEY).timers().list();
    }

    /** The yearly cron fires at 09:00 in the engine's (the JVM's) time zone. */
    private static Date nextFifteenthOfJanuaryAtNine(Date after) {
        ZonedDateTime from = after.toInstant().atZone(ZoneId.systemDefault());
        ZonedDateTime candidate = from.withMonth(1).withDayOfMonth(15).withHour(9).withMinute(0).withSecond(0)
                .withNano(0);
        return Date.from((candidate.isAfter(from) ? candidate : candidate.plusYears(1)).toInstant());
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        List<Task> open = tasks(instance, taskKey);
        assertThat(open).as("open tasks %s", taskKey).hasSize(1);
        tasks.complete(open.get(0).getId(), variables);
    }



    private List<Task> tasks(ProcessInstance instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    }

    private long timesPassed(ProcessInstance instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).count();
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }

}
