package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.process.StartRefusedException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.TestEngine.AMERSFOORT;
import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.at;
import static nl.weerbaar.bpmn.measure.MeasureProcessModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * Drives every path of {@code weerbaar-maatregel}: intake, not applicable (approved and rejected), execution
 * with rejection loop, reminder and escalation timers, periodic re-review, and every refused form.
 */
class MeasureProcessTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final String DUE = "2026-03-01";

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private final MeasureLifecycle lifecycle = new MeasureLifecycle(runtime, TestEngine.routes());

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(START, 10));
        TestEngine.REMINDERS.clear();
    }


    @Test
    void startCopiesTheGuideIntoTheProcessAndWaitsForIntake() {
        ProcessInstance instance = start(UTRECHT, "2.2");

        assertThat(instance).isWaitingAt(INTAKE).hasBusinessKey("utrecht:2.2");
        Map<String, Object> variables = runtime.getVariables(instance.getId());
        assertThat(variables).containsEntry("measureUrn", "urn:weerbaar:vng-2025:measure:2.2")
                .containsEntry("measureTitle", "Noodsteunpunten inrichten met veiligheidsregio's")
                .containsEntry("pillarNumber", 2)
                .containsEntry("pillarName", "Crisisorganisatie")
                .containsEntry("authority", "burgemeester")
                .containsEntry("authorityGroup", "weerbaar-burgemeester")
                .containsEntry("phases", "Koude fase, Warme fase (< 72 uur), Warme fase (> 72 uur)")
                .containsEntry("mostCrucial", true)
                .containsEntry("measureStatus", "INTAKE");
        assertThat((String) variables.get("measureText")).startsWith("Gemeenten richten noodsteunpunten in");
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-aov-adviseur");
        assertThat(task(instance).getTenantId()).isEqualTo(UTRECHT);
    }

    @Test
    void showsPartnersTheSourceLostAsUnknownAndKeepsTheGuidesRemark() {
        ProcessInstance unknown = start(UTRECHT, "3.1");
        ProcessInstance remarked = start(UTRECHT, "3.5");

        assertThat(runtime.getVariable(unknown.getId(), "partners"))
                .isEqualTo("onbekend (niet te lezen in de handreiking)");
        assertThat((String) runtime.getVariable(remarked.getId(), "partners"))
                .startsWith("EU, Rijk — EU en rijk komen mogelijk met nationale voedselstrategie");
    }

    @Test
    void allowsOneActiveLifecyclePerGemeenteAndMeasure() {
        ProcessInstance first = start(UTRECHT, "1.1");

        MeasureLifecycle.AlreadyStartedException refused = catchThrowableOfType(
                MeasureLifecycle.AlreadyStartedException.class, () -> lifecycle.start(UTRECHT, "1.1"));
        ProcessInstance elsewhere = start(AMERSFOORT, "1.1");

        assertThat(refused).hasMessage("maatregel 1.1 loopt al in utrecht (procesinstantie " + first.getId() + ")");
        assertThat(refused.processInstanceId()).isEqualTo(first.getId());
        assertThat(elsewhere.getId()).isNotEqualTo(first.getId());
        assertThat(lifecycle.findActive(AMERSFOORT, "1.1")).get().extracting(ProcessInstance::getId)
                .isEqualTo(elsewhere.getId());
    }

    @Test
    void refusesToStartAMeasureTheCatalogDoesNotHave() {
        ProcessEngineException refused = catchThrowableOfType(ProcessEngineException.class,
                () -> lifecycle.start(UTRECHT, "9.9"));

        assertThat(refused).isInstanceOf(StartRefusedException.class)
                .hasMessage("Levenscyclus niet gestart: maatregel '9.9' staat niet in de catalogus van utrecht.");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("utrecht:9.9").count()).isZero();
    }

    @Test
    void notApplicableApprovedByTheAuthorityEndsTheLifecycle() {
        ProcessInstance instance = start(UTRECHT, "3.4");

        complete(instance, Map.of("applicability", "NIET_VAN_TOEPASSING",
                "notApplicableReason", "Geen corporatiewoningen in de gemeente."));
        assertThat(instance).isWaitingAt(NOT_APPLICABLE_REVIEW);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-wethouder");
        assertThat(status(instance)).isEqualTo("NIET_VAN_TOEPASSING_TER_BEOORDELING");
        complete(instance, Map.of("notApplicableDecision", "GOEDGEKEURD"));

        assertThat(instance).isEnded().hasPassed(END_NOT_APPLICABLE);
        assertThat(historicStatus(instance)).isEqualTo("NIET_VAN_TOEPASSING");
        assertThat(lifecycle.findActive(UTRECHT, "3.4")).isEmpty();
    }

    @Test
    void notApplicableRejectedReturnsToIntake() {
        ProcessInstance instance = start(UTRECHT, "3.5");
        complete(instance, Map.of("applicability", "NIET_VAN_TOEPASSING", "notApplicableReason", "Geen budget."));

        complete(instance, Map.of("notApplicableDecision", "AFGEKEURD",
                "notApplicableComment", "Voedselvoorziening voor kwetsbaren blijft nodig."));

        assertThat(instance).isWaitingAt(INTAKE);
        assertThat(status(instance)).isEqualTo("INTAKE");
    }

    @Test
    void applicableMeasureRunsToApprovalAndWaitsForReReview() {
        ProcessInstance instance = startAndPlan(UTRECHT, "2.2");

        complete(instance, Map.of("executionSummary", "Drie noodsteunpunten ingericht met de veiligheidsregio."));
        assertThat(instance).isWaitingAt(EVIDENCE);
        complete(instance, Map.of("evidenceLinks", "https://intranet.utrecht.nl/noodsteunpunten"));
        assertThat(instance).isWaitingAt(REVIEW);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-burgemeester");
        assertThat(status(instance)).isEqualTo("TER_BEOORDELING");
        complete(instance, Map.of("reviewDecision", "GOEDGEKEURD"));

        assertThat(instance).isWaitingAt(WAITING).hasPassed(PLAN, EXECUTE, EVIDENCE, REVIEW);
        assertThat(status(instance)).isEqualTo("AFGEROND");
        assertThat(timer(instance, WAIT_FOR_RE_REVIEW).getDuedate()).isEqualTo(at(START.plusYears(1), 10));
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count())
                .as("reminder and overdue timers are gone once approved").isEqualTo(1);
    }

    @Test
    void rejectedReviewSendsTheMeasureBackToExecution() {
        ProcessInstance instance = startAndPlan(UTRECHT, "1.5");
        complete(instance, Map.of("executionSummary", "Oefening gehouden."));
        complete(instance, Map.of("evidenceLinks", "https://intranet.utrecht.nl/oefening"));

        complete(instance, Map.of("reviewDecision", "AFGEKEURD", "reviewComment", "Alleen MT geoefend."));

        assertThat(instance).isWaitingAt(EXECUTE);
        assertThat(status(instance)).isEqualTo("IN_UITVOERING");
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).list()).as("still the one reminder")
                .extracting(Job::getId).containsExactly(timer(instance, REMINDER).getId());
        complete(instance, Map.of("executionSummary", "Brede oefening gehouden."));
        complete(instance, Map.of("evidenceLinks", "https://intranet.utrecht.nl/oefening-2"));
        complete(instance, Map.of("reviewDecision", "GOEDGEKEURD"));
        assertThat(instance).isWaitingAt(WAITING);
    }

    @Test
    void theStatusIsWrittenOncePerChangeAndTheOverdueMarkOnlyWhenItChanges() {
        ProcessInstance instance = approved(UTRECHT, "1.4");

        assertThat(updates(instance, MeasureVariables.STATUS))
                .containsExactly("INTAKE", "IN_UITVOERING", "TER_BEOORDELING", "AFGEROND");
        assertThat(updates(instance, MeasureVariables.OVERDUE)).as("never overdue, never written").isEmpty();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeasureVariables.LOCAL_OWNER).count()).as("no local owner, not written").isZero();
    }

    @Test
    void valuesFixedAtTheStartKeepTheirHistoricVariableButNoDetailRowWhileTheFormsDecisionsKeepTheirs() {
        ProcessInstance instance = approved(UTRECHT, "1.4");

        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeasureVariables.MEASURE_TITLE).singleResult().getValue())
                .isEqualTo(runtime.getVariable(instance.getId(), MeasureVariables.MEASURE_TITLE));
        MeasureVariables.FIXED_AT_START.forEach(variable ->
                assertThat(updates(instance, variable)).as("detail rows of %s", variable).isEmpty());
        assertThat(updates(instance, MeasureVariables.ROLVERDELING)).as("follows a changed agreement").hasSize(1);
        assertThat(updates(instance, MeasureVariables.APPLICABILITY)).containsExactly("VAN_TOEPASSING");
        assertThat(updates(instance, MeasureVariables.REVIEW_DECISION)).containsExactly("GOEDGEKEURD");
    }

    @Test
    void aValueFixedAtTheStartThatAnAdministratorChangesOrAddsLaterGetsItsDetailRow() {
        ProcessInstance instance = start(UTRECHT, "1.4");

        engine.getIdentityService().setAuthentication("demo", List.of("camunda-admin"));
        try {
            runtime.setVariable(instance.getId(), MeasureVariables.MEASURE_TITLE, "Aangepaste titel");
            runtime.setVariable(instance.getId(), MeasureVariables.LOCAL_OWNER, "Team BCM Utrecht");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(updates(instance, MeasureVariables.MEASURE_TITLE)).containsExactly("Aangepaste titel");
        assertThat(updates(instance, MeasureVariables.LOCAL_OWNER)).as("created after the start")
                .containsExactly("Team BCM Utrecht");
    }

    @Test
    void aLocalOwnerTheOverlayNamesIsWrittenAtTheStart() {
        ProcessInstance instance = start(AMERSFOORT, "1.5");

        assertThat(runtime.getVariable(instance.getId(), MeasureVariables.LOCAL_OWNER))
                .isEqualTo("Team BCM Amersfoort");
    }

    @Test
    void remindsTheOwnerTwoWeeksBeforeTheDueDate() {
        ProcessInstance instance = startAndPlan(UTRECHT, "1.2");
        Job reminder = timer(instance, REMINDER);

        assertThat(reminder.getDuedate()).isEqualTo(at(LocalDate.of(2026, 2, 15), 9));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        management.executeJob(reminder.getId());

        Task execute = task(instance);
        assertThat(TestEngine.REMINDERS).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo(Reminder.Kind.HERINNERING);
            assertThat(sent.tenantId()).isEqualTo(UTRECHT);
            assertThat(sent.subject()).isEqualTo("Herinnering: maatregel 1.2 moet op 1 maart 2026 gereed zijn");
            assertThat(sent.message()).isEqualTo("Maatregel 1.2 'Prioritering in Business Continuity Management' moet"
                    + " op 1 maart 2026 gereed en goedgekeurd zijn. Eigenaar: utrecht.aov. De maatregel staat nu op:"
                    + " In uitvoering.\nRond de open taak af, of spreek met de eigenaar een nieuwe termijn af.");
            assertThat(sent.dueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(sent.owner()).isEqualTo("utrecht.aov");
            assertThat(sent.groups()).containsExactly("weerbaar-aov-adviseur");
            assertThat(sent.taskIds()).containsExactly(execute.getId());
            assertThat(sent.processInstanceId()).isEqualTo(instance.getId());
        });
        assertThat(runtime.getVariable(instance.getId(), "remindedAt")).isEqualTo(reminder.getDuedate());
        assertThat(instance).isWaitingAt(EXECUTE).hasPassed(SEND_REMINDER);
    }

    @Test
    void escalatesToTheGemeentesecretarisWhenOverdue() {
        ProcessInstance instance = startAndPlan(UTRECHT, "1.3");
        fire(instance, REMINDER);
        Job overdue = timer(instance, OVERDUE);

        assertThat(overdue.getDuedate()).isEqualTo(at(LocalDate.of(2026, 3, 2), 0));
        ClockUtil.setCurrentTime(overdue.getDuedate());
        management.executeJob(overdue.getId());

        Task escalation = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(ESCALATION)
                .singleResult();
        assertThat(candidateGroups(escalation)).containsExactly("weerbaar-gemeentesecretaris");
        assertThat(runtime.getVariable(instance.getId(), "measureOverdue")).isEqualTo(true);
        assertThat(TestEngine.REMINDERS).filteredOn(r -> r.kind() == Reminder.Kind.ESCALATIE).singleElement()
                .satisfies(sent -> {
                    assertThat(sent.subject()).isEqualTo("Escalatie: maatregel 1.3 is niet op tijd gereed");
                    assertThat(sent.message()).startsWith("De termijn van maatregel 1.3 'Robuuste online en offline"
                            + " informatievoorziening' verstreek op 1 maart 2026 zonder goedkeuring. Eigenaar:"
                            + " utrecht.aov.");
                    assertThat(sent.tenantId()).isEqualTo(UTRECHT);
                    assertThat(sent.owner()).isNull();
                    assertThat(sent.groups()).containsExactly("weerbaar-gemeentesecretaris");
                    assertThat(sent.taskIds()).containsExactly(escalation.getId());
                });
        tasks.complete(escalation.getId(), Map.of("escalationAction", "Nieuwe planning: gereed 1 mei."));

        assertThat(instance).isWaitingAt(EXECUTE).hasPassed(ESCALATION);
        complete(instance, Map.of("executionSummary", "Informatievoorziening offline beschikbaar."));
        complete(instance, Map.of("evidenceLinks", "https://intranet.utrecht.nl/offline"));
        complete(instance, Map.of("reviewDecision", "GOEDGEKEURD"));
        assertThat(runtime.getVariable(instance.getId(), "measureOverdue")).isEqualTo(false);
    }

    @Test
    void theUitvoeringHoldsOneDeadlineTimerAtATimeTheRemindersAndThenTheOverdueMoments() {
        ProcessInstance instance = startAndPlan(UTRECHT, "1.1");

        assertThat(management.createJobQuery().processInstanceId(instance.getId()).list())
                .singleElement().satisfies(job -> {
                    assertThat(job.getDuedate()).isEqualTo(at(LocalDate.of(2026, 2, 15), 9));
                    assertThat(timer(instance, REMINDER).getId()).isEqualTo(job.getId());
                });
        fire(instance, REMINDER);

        assertThat(management.createJobQuery().processInstanceId(instance.getId()).list())
                .singleElement().satisfies(job -> {
                    assertThat(job.getDuedate()).isEqualTo(at(LocalDate.of(2026, 3, 2), 0));
                    assertThat(timer(instance, OVERDUE).getId()).isEqualTo(job.getId());
                });
        complete(instance, Map.of("executionSummary", "Gedaan."));
        complete(instance, Map.of("evidenceLinks", "https://intranet.utrecht.nl/1.1"));
        complete(instance, Map.of("reviewDecision", "GOEDGEKEURD"));

        assertThat(management.createJobQuery().processInstanceId(instance.getId()).list())
                .as("approved before the overdue moment: only the re-review's timer is left")
                .extracting(Job::getId).containsExactly(timer(instance, WAIT_FOR_RE_REVIEW).getId());
        assertThat(instance).isWaitingAt(WAITING);
        assertThat(TestEngine.REMINDERS).extracting(Reminder::kind).containsExactly(Reminder.Kind.HERINNERING);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(ESCALATION).count())
                .isZero();
    }

    @Test
    void theEscalationOutlivesALateApprovalOfTheMeasure() {
        ProcessInstance instance = startAndPlan(UTRECHT, "1.6");
        fire(instance, REMINDER);
        fire(instance, OVERDUE);

        completeKey(instance, EXECUTE, Map.of("executionSummary", "Alsnog gedaan."));
        completeKey(instance, EVIDENCE, Map.of("evidenceLinks", "https://intranet.utrecht.nl/1.6"));
        completeKey(instance, REVIEW, Map.of("reviewDecision", "GOEDGEKEURD"));

        assertThat(instance).isWaitingAt(WAITING, ESCALATION);
        assertThat(updates(instance, MeasureVariables.OVERDUE)).containsExactly(true, false);
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(ESCALATION)
                .singleResult().getId(), Map.of("escalationAction", "Besproken; geen actie meer nodig."));
        assertThat(instance).isWaitingAt(WAITING);
    }

    @Test
    void aReopenedMeasureIsRemindedOfItsNewTermThoughItsLastReminderCameAfterThatTermsReminderMoment() {
        ProcessInstance instance = reopenedAfterItsReminder("4.4", false);

        management.executeJob(timer(instance, REMINDER).getId());

        assertThat(TestEngine.REMINDERS).extracting(Reminder::dueDate)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 20));
        assertThat(runtime.getVariable(instance.getId(), MeasureVariables.REMINDED_FOR)).isEqualTo("2026-02-20");
    }

    @Test
    void aReopenedMeasureRemindedByAnEarlierVersionIsRemindedOfItsNewTermToo() {
        ProcessInstance instance = reopenedAfterItsReminder("4.5", true);
        assertThat(runtime.getVariable(instance.getId(), MeasureVariables.REMINDED_FOR))
                .as("the reopening records the due date it replaced").isEqualTo("2026-03-01");

        management.executeJob(timer(instance, REMINDER).getId());

        assertThat(TestEngine.REMINDERS).extracting(Reminder::dueDate)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 20));
    }

    /**
     * Reminded on 15 February of 1 March, approved, reopened by the message with the term 20 February — whose
     * reminder moment, 6 February, lies before that reminder — and planned: the new reminder's timer is due at once.
     * An earlier version recorded only when it reminded, not of which due date.
     */
    private ProcessInstance reopenedAfterItsReminder(String ref, boolean remindedByAnEarlierVersion) {
        ProcessInstance instance = startAndPlan(UTRECHT, ref);
        fire(instance, REMINDER);
        if (remindedByAnEarlierVersion) {
            runtime.removeVariable(instance.getId(), MeasureVariables.REMINDED_FOR);
        }
        completeKey(instance, EXECUTE, Map.of("executionSummary", "Gedaan."));
        completeKey(instance, EVIDENCE, Map.of("evidenceLinks", "https://intranet.utrecht.nl/" + ref));
        completeKey(instance, REVIEW, Map.of("reviewDecision", "GOEDGEKEURD"));
        runtime.createMessageCorrelation(REOPEN_MESSAGE).tenantId(UTRECHT)
                .processInstanceBusinessKey(MeasureLifecycle.businessKey(UTRECHT, ref)).correlate();
        complete(instance, Map.of("reReviewDecision", "HEROPENEN", "reReviewComment", "Na de stroomstoring.",
                "newDueDate", "2026-02-20"));
        complete(instance, Map.of("plan", "Stappen."));
        return instance;
    }

    @Test
    void aDueDateAlreadyPassedRemindsAndEscalatesOnceEach() {
        ProcessInstance instance = start(UTRECHT, "1.7");
        Map<String, Object> intake = intake();
        intake.put("dueDate", "2026-01-01");
        complete(instance, intake);
        complete(instance, Map.of("plan", "Stappen."));

        management.executeJob(timer(instance, REMINDER).getId());
        management.executeJob(timer(instance, OVERDUE).getId());

        assertThat(TestEngine.REMINDERS).extracting(Reminder::kind)
                .containsExactly(Reminder.Kind.HERINNERING, Reminder.Kind.ESCALATIE);
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(ESCALATION).count())
                .isEqualTo(1);
    }

    @Test
    void yearlyReReviewKeepsAMeasureInOrderOrReopensIt() {
        ProcessInstance instance = approved(UTRECHT, "4.2");

        fireReReview(instance);
        assertThat(instance).isWaitingAt(RE_REVIEW);
        assertThat(status(instance)).isEqualTo("HERBEOORDELING");
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-wethouder");
        complete(instance, Map.of("reReviewDecision", "NOG_OP_ORDE"));
        assertThat(instance).isWaitingAt(WAITING);
        assertThat(status(instance)).isEqualTo("AFGEROND");

        fireReReview(instance);
        complete(instance, Map.of("reReviewDecision", "HEROPENEN", "reReviewComment", "Netwerk is veranderd.",
                "newDueDate", "2028-06-01"));
        assertThat(instance).isWaitingAt(PLAN);
        assertThat(status(instance)).isEqualTo("IN_UITVOERING");
        assertThat(timer(instance, REMINDER).getDuedate()).isEqualTo(at(LocalDate.of(2028, 5, 18), 9));
        fire(instance, REMINDER);
        assertThat(TestEngine.REMINDERS).as("reminded of the new due date").hasSize(1);
        assertThat(timer(instance, OVERDUE).getDuedate()).isEqualTo(at(LocalDate.of(2028, 6, 2), 0));
    }

    @Test
    void aMessageReopensTheReviewOfAnApprovedMeasureBeforeItsInterval() {
        ProcessInstance instance = approved(UTRECHT, "4.3");

        runtime.createMessageCorrelation(REOPEN_MESSAGE).tenantId(UTRECHT)
                .processInstanceBusinessKey(MeasureLifecycle.businessKey(UTRECHT, "4.3"))
                .setVariable("reReviewReason", "Evaluatie stroomstoring: sleutelfiguren niet bereikt.")
                .correlate();

        assertThat(instance).isWaitingAt(RE_REVIEW).hasPassed(REOPENED);
        assertThat(status(instance)).isEqualTo("HERBEOORDELING");
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count())
                .as("the interval timer is cancelled").isZero();
    }

    @Test
    void refusesAnEmptyIntakeNamingTheFieldAndChangesNothing() {
        ProcessInstance instance = start(UTRECHT, "2.1");
        Task intake = task(instance);

        FormValidationException refused = refuse(intake, Map.of("owner", "utrecht.aov"));

        assertThat(refused.violations()).containsExactly(new FormViolation("applicability", "Toepasbaarheid",
                "is verplicht"));
        assertThat(refused).hasMessage("Formulier 'Intake van de maatregel' is niet volledig of niet juist ingevuld:"
                + " Toepasbaarheid (applicability): is verplicht");
        assertThat(tasks.createTaskQuery().taskId(intake.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKey("owner");
    }

    @Test
    void refusesAnApplicableIntakeWithoutOwnerOrDueDate() {
        ProcessInstance instance = start(UTRECHT, "2.3");

        FormValidationException refused = refuse(task(instance), Map.of("applicability", "VAN_TOEPASSING"));

        assertThat(refused.violations()).extracting(FormViolation::field, FormViolation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("owner", "is verplicht als de maatregel van toepassing is"),
                org.assertj.core.groups.Tuple.tuple("dueDate", "is verplicht als de maatregel van toepassing is"));
    }

    @Test
    void refusesAnIntakeWithAnImpossibleDate() {
        ProcessInstance instance = start(UTRECHT, "2.4");

        FormValidationException refused = refuse(task(instance), Map.of("applicability", "VAN_TOEPASSING",
                "owner", "utrecht.aov", "dueDate", "1 maart"));

        assertThat(refused.violations()).containsExactly(new FormViolation("dueDate", "Gereed op",
                "is geen geldige datum (JJJJ-MM-DD)"));
    }

    @Test
    void refusesNotApplicableWithoutAReason() {
        ProcessInstance instance = start(UTRECHT, "2.5");

        FormValidationException refused = refuse(task(instance), Map.of("applicability", "NIET_VAN_TOEPASSING"));

        assertThat(refused.violations()).containsExactly(new FormViolation("notApplicableReason",
                "Reden niet van toepassing", "is verplicht als de maatregel niet van toepassing is"));
    }

    @Test
    void refusesABlankPlan() {
        ProcessInstance instance = start(UTRECHT, "1.6");
        complete(instance, intake());

        FormValidationException refused = refuse(task(instance), Map.of("plan", "   "));

        assertThat(refused.violations()).containsExactly(new FormViolation("plan", "Plan van aanpak", "is verplicht"));
        assertThat(instance).isWaitingAt(PLAN);
    }

    @Test
    void refusesEvidenceWithoutLinkOrAttachmentAndAcceptsAnAttachment() {
        ProcessInstance instance = startAndPlan(UTRECHT, "2.7");
        complete(instance, Map.of("executionSummary", "Sleutelfiguren benaderd."));
        Task evidence = task(instance);

        FormValidationException refused = refuse(evidence, Map.of("evidenceNote", "Zie verslag."));
        assertThat(refused.violations()).containsExactly(new FormViolation("evidenceLinks", "Links naar bewijs",
                "geef minstens één link of voeg een bijlage toe"));

        tasks.createAttachment("application/pdf", evidence.getId(), instance.getId(), "verslag.pdf",
                "Verslag overleg sleutelfiguren", new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}));
        tasks.complete(evidence.getId(), Map.of("evidenceNote", "Zie verslag."));
        assertThat(instance).isWaitingAt(REVIEW);
    }

    @Test
    void refusesEvidenceLinksThatAreNotLinks() {
        ProcessInstance instance = startAndPlan(UTRECHT, "2.8");
        complete(instance, Map.of("executionSummary", "Burgerhulpverlening in plannen opgenomen."));

        FormValidationException refused = refuse(task(instance),
                Map.of("evidenceLinks", "https://intranet.utrecht.nl/plan\nzie map op de G-schijf"));

        assertThat(refused.violations()).containsExactly(new FormViolation("evidenceLinks", "Links naar bewijs",
                "elke regel moet een link zijn die begint met http:// of https://"));
    }

    @Test
    void refusesARejectionWithoutComment() {
        ProcessInstance instance = startAndPlan(UTRECHT, "3.1");
        complete(instance, Map.of("executionSummary", "Aggregaten geïnventariseerd."));
        complete(instance, Map.of("evidenceLinks", "https://intranet.utrecht.nl/aggregaten"));

        FormValidationException refused = refuse(task(instance), Map.of("reviewDecision", "AFGEKEURD"));

        assertThat(refused.violations()).containsExactly(new FormViolation("reviewComment", "Opmerkingen",
                "is verplicht bij afkeuren: wat moet er nog gebeuren"));
        assertThat(instance).isWaitingAt(REVIEW);
    }

    @Test
    void refusesAnUnknownChoice() {
        ProcessInstance instance = start(UTRECHT, "3.2");

        FormValidationException refused = refuse(task(instance), Map.of("applicability", "MISSCHIEN"));

        assertThat(refused.violations()).containsExactly(new FormViolation("applicability", "Toepasbaarheid",
                "is geen geldige keuze"));
    }

    @Test
    void refusesAnEscalationWithoutAgreementsAndAReopeningWithoutNewTerm() {
        ProcessInstance instance = startAndPlan(UTRECHT, "3.3");
        fire(instance, REMINDER);
        fire(instance, OVERDUE);
        Task escalation = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(ESCALATION)
                .singleResult();

        assertThat(refuse(escalation, Map.of()).violations()).containsExactly(
                new FormViolation("escalationAction", "Afspraken", "is verplicht"));

        runtime.deleteProcessInstance(instance.getId(), "next scenario");
        ProcessInstance approved = approved(UTRECHT, "3.6");
        fireReReview(approved);
        assertThat(refuse(task(approved), Map.of("reReviewDecision", "HEROPENEN")).violations())
                .extracting(FormViolation::field).containsExactly("reReviewComment", "newDueDate");
    }

    private ProcessInstance start(String tenant, String ref) {
        ProcessInstance instance = lifecycle.start(tenant, ref);
        started.add(instance.getId());
        return instance;
    }

    private ProcessInstance startAndPlan(String tenant, String ref) {
        ProcessInstance instance = start(tenant, ref);
        complete(instance, intake());
        assertThat(instance).isWaitingAt(PLAN);
        complete(instance, Map.of("plan", "Stappen, partners en middelen."));
        assertThat(instance).isWaitingAt(EXECUTE);
        return instance;
    }

    private ProcessInstance approved(String tenant, String ref) {
        ProcessInstance instance = startAndPlan(tenant, ref);
        complete(instance, Map.of("executionSummary", "Gedaan."));
        complete(instance, Map.of("evidenceLinks", "https://intranet.utrecht.nl/" + ref));
        complete(instance, Map.of("reviewDecision", "GOEDGEKEURD"));
        assertThat(instance).isWaitingAt(WAITING);
        return instance;
    }

    private void fireReReview(ProcessInstance instance) {
        Job job = timer(instance, WAIT_FOR_RE_REVIEW);
        ClockUtil.setCurrentTime(job.getDuedate());
        management.executeJob(job.getId());
    }

    private static Map<String, Object> intake() {
        Map<String, Object> intake = new HashMap<>();
        intake.put("applicability", "VAN_TOEPASSING");
        intake.put("owner", "utrecht.aov");
        intake.put("dueDate", DUE);
        return intake;
    }





    private String status(ProcessInstance instance) {
        return (String) runtime.getVariable(instance.getId(), MeasureVariables.STATUS);
    }

    /** The values the variable was given, in order, as history records each write. */
    private List<Object> updates(ProcessInstance instance, String variable) {
        return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId())
                .variableUpdates().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast).filter(update -> update.getVariableName().equals(variable))
                .map(HistoricVariableUpdate::getValue).toList();
    }

    private String historicStatus(ProcessInstance instance) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(MeasureVariables.STATUS).singleResult().getValue();
    }

}
