package nl.weerbaar.bpmn.zienswijze;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.at;
import static nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * Drives every path of {@code weerbaar-zienswijze-gemeente} started on its own in a gemeente's tenant: the
 * zienswijze sent, the raad deciding to give none, the griffie's reminder, the term running out, and every
 * refused form and start.
 */
class ZienswijzeGemeenteProcessTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    static final String ZIENSWIJZE = "De raad vraagt de stijging van de bijdrage te beperken tot de loon- en"
            + " prijsindex.";
    /** The last day of the term in these tests: a draft sent on 14 April 2026 plus twelve weeks. */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 7);

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 4, 20), 10));
        TestEngine.REMINDERS.clear();
    }


    @Test
    void startsInTheGemeentesTenantWithTheAnalysisByTheAovAdviseurAndBothTimersSet() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(ANALYSIS).hasBusinessKey("utrecht:zienswijze:2027");
        assertThat(instance.getTenantId()).isEqualTo(UTRECHT);
        Task analysis = task(instance);
        assertThat(analysis.getTenantId()).isEqualTo(UTRECHT);
        assertThat(candidateGroups(analysis)).containsExactly("weerbaar-aov-adviseur");
        assertThat(runtime.getVariables(instance.getId())).containsEntry("gemeente", UTRECHT)
                .containsEntry("budgetYear", 2027).containsEntry("regionName", "Veiligheidsregio Utrecht")
                .as("the ISO day becomes a Date").containsEntry("zienswijzeDeadline", at(DEADLINE, 0));
        assertThat(timer(instance, REMINDER).getDuedate()).isEqualTo(at(LocalDate.of(2026, 6, 23), 9));
        assertThat(timer(instance, TERM_EXPIRED).getDuedate()).isEqualTo(at(LocalDate.of(2026, 7, 8), 0));
    }

    @Test
    void raadSubmitsAZienswijzeThroughAnalysisCollegeAndGriffie() {
        ProcessInstance instance = start();

        analyse(tasks, task(instance));
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-wethouder");
        propose(tasks, task(instance));
        assertThat(instance).isWaitingAt(RAADSVOORSTEL);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-griffie");
        raadsvoorstel(tasks, task(instance));
        assertThat(instance).isWaitingAt(RAAD_DECISION);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-griffie");
        decide(tasks, task(instance), "ZIENSWIJZE_INDIENEN", "  " + ZIENSWIJZE + "\n");
        assertThat(instance).isWaitingAt(SEND);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-griffie");
        send(tasks, task(instance));

        assertThat(instance).isEnded().hasPassed(END_SENT, END).hasNotPassed(END_NO_ZIENSWIJZE, END_TERM_EXPIRED);
        assertThat(historic(instance, "zienswijzeSubmitted")).isEqualTo(true);
        assertThat(historic(instance, "zienswijzeOutcome")).isEqualTo(ZIENSWIJZE);
        assertThat(historic(instance, "zienswijzeTermExpired")).isEqualTo(false);
        assertThat(historic(instance, "zienswijzeSentOn")).isEqualTo("2026-06-26");
    }

    @Test
    void raadDecidingNoZienswijzeEndsWithoutOneBeforeTheTerm() {
        ProcessInstance instance = start();
        analyse(tasks, task(instance));
        propose(tasks, task(instance));
        raadsvoorstel(tasks, task(instance));

        decide(tasks, task(instance), "GEEN_ZIENSWIJZE", null);

        assertThat(instance).isEnded().hasPassed(END_NO_ZIENSWIJZE, END).hasNotPassed(SEND, END_TERM_EXPIRED);
        assertThat(historic(instance, "zienswijzeSubmitted")).isEqualTo(false);
        assertThat(historic(instance, "zienswijzeOutcome")).isEqualTo("geen zienswijze ingediend");
        assertThat(historic(instance, "zienswijzeTermExpired")).isEqualTo(false);
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void remindsTheGriffieTwoWeeksBeforeTheTermEndsAndTheWorkGoesOn() {
        ProcessInstance instance = start();
        analyse(tasks, task(instance));
        propose(tasks, task(instance));
        Job reminder = timer(instance, REMINDER);

        ClockUtil.setCurrentTime(reminder.getDuedate());
        management.executeJob(reminder.getId());

        Task raadsvoorstel = task(instance);
        assertThat(TestEngine.REMINDERS).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo(Reminder.Kind.HERINNERING);
            assertThat(sent.tenantId()).isEqualTo(UTRECHT);
            assertThat(sent.subject()).isEqualTo("Herinnering: de zienswijzetermijn op de begroting 2027 loopt af op"
                    + " 7 juli 2026");
            assertThat(sent.message()).startsWith("De raad kan tot en met 7 juli 2026 een zienswijze geven op de"
                    + " ontwerpbegroting 2027 van Veiligheidsregio Utrecht");
            assertThat(sent.dueDate()).isEqualTo(LocalDate.of(2026, 7, 7));
            assertThat(sent.owner()).isNull();
            assertThat(sent.groups()).containsExactly("weerbaar-griffie");
            assertThat(sent.taskIds()).containsExactly(raadsvoorstel.getId());
        });
        assertThat(runtime.getVariable(instance.getId(), "zienswijzeRemindedAt"))
                .isEqualTo(at(LocalDate.of(2026, 6, 23), 9));
        assertThat(instance).isWaitingAt(RAADSVOORSTEL).hasPassed(SEND_REMINDER);
        assertThat(timer(instance, TERM_EXPIRED)).as("the term still runs").isNotNull();
    }

    @Test
    void termRunningOutBeforeTheZienswijzeIsSentEndsWithoutOne() {
        ProcessInstance instance = start();
        analyse(tasks, task(instance));
        propose(tasks, task(instance));
        raadsvoorstel(tasks, task(instance));
        decide(tasks, task(instance), "ZIENSWIJZE_INDIENEN", ZIENSWIJZE);
        Job termEnds = timer(instance, TERM_EXPIRED);

        ClockUtil.setCurrentTime(termEnds.getDuedate());
        management.executeJob(termEnds.getId());

        assertThat(instance).isEnded().hasPassed(END_TERM_EXPIRED).hasNotPassed(END_SENT, END);
        assertThat(historic(instance, "zienswijzeSubmitted")).isEqualTo(false);
        assertThat(historic(instance, "zienswijzeOutcome")).isEqualTo("geen zienswijze ingediend");
        assertThat(historic(instance, "zienswijzeTermExpired")).isEqualTo(true);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void refusesToStartWithoutTheLastDayOfTheTermOrTheBudgetYear() {
        ProcessEngineException noDeadline = catchThrowableOfType(ProcessEngineException.class,
                () -> InstanceTenant.call(UTRECHT, () -> runtime.createProcessInstanceByKey(ZienswijzeGemeenteProcess.KEY)
                        .processDefinitionWithoutTenantId().setVariables(Map.of("budgetYear", 2027)).execute()));
        ProcessEngineException noYear = catchThrowableOfType(ProcessEngineException.class,
                () -> InstanceTenant.call(UTRECHT, () -> runtime.createProcessInstanceByKey(ZienswijzeGemeenteProcess.KEY)
                        .processDefinitionWithoutTenantId().setVariables(Map.of("zienswijzeDeadline", "2026-07-07"))
                        .execute()));

        assertThat(noDeadline).hasMessageContaining("process weerbaar-zienswijze-gemeente needs the variable"
                + " 'zienswijzeDeadline' with the last day of the zienswijze term, e.g. 2026-07-07; was null");
        assertThat(noYear).hasMessageContaining("process weerbaar-zienswijze-gemeente needs the variable"
                + " 'budgetYear' with the year the budget is for, e.g. 2027; was null");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ZienswijzeGemeenteProcess.KEY).count())
                .isZero();
    }

    @Test
    void refusesAnAnalysisWithoutTextOrAdvice() {
        ProcessInstance instance = start();

        FormValidationException refused = refuse(task(instance), Map.of("analysis", " "));

        assertThat(refused.violations()).containsExactly(new FormViolation("analysis", "Analyse", "is verplicht"),
                new FormViolation("analysisAdvice", "Advies", "is verplicht"));
        assertThat(instance).isWaitingAt(ANALYSIS);
    }

    @Test
    void refusesACollegeProposalForAZienswijzeWithoutDraftOrDate() {
        ProcessInstance instance = start();
        analyse(tasks, task(instance));

        FormValidationException refused = refuse(task(instance), Map.of("collegeProposal", "ZIENSWIJZE_INDIENEN"));
        assertThat(refused.violations()).containsExactly(new FormViolation("collegeDecisionDate",
                "Vastgesteld door het college op", "is verplicht"));
        refused = refuse(task(instance), Map.of("collegeProposal", "ZIENSWIJZE_INDIENEN",
                "collegeDecisionDate", "2026-05-12"));
        assertThat(refused.violations()).containsExactly(new FormViolation("collegeDraftZienswijze",
                "Concept-zienswijze", "is verplicht als het college een zienswijze voorstelt"));
        assertThat(instance).isWaitingAt(COLLEGE_PROPOSAL);
    }

    @Test
    void refusesARaadsvoorstelWithoutReferenceOrMeetingDate() {
        ProcessInstance instance = start();
        analyse(tasks, task(instance));
        propose(tasks, task(instance));

        FormValidationException refused = refuse(task(instance), Map.of());

        assertThat(refused.violations()).extracting(FormViolation::field, FormViolation::message).containsExactly(
                tuple("raadsvoorstel", "is verplicht"), tuple("raadMeetingDate", "is verplicht"));
    }

    @Test
    void refusesARaadsbesluitToSubmitWithoutTheTextAndOneWithoutDate() {
        ProcessInstance instance = start();
        analyse(tasks, task(instance));
        propose(tasks, task(instance));
        raadsvoorstel(tasks, task(instance));

        FormValidationException withoutText = refuse(task(instance), Map.of("raadDecision", "ZIENSWIJZE_INDIENEN",
                "raadDecisionDate", "2026-06-25", "zienswijzeText", "   "));
        FormValidationException withoutDate = refuse(task(instance), Map.of("raadDecision", "GEEN_ZIENSWIJZE"));

        assertThat(withoutText.violations()).containsExactly(new FormViolation("zienswijzeText",
                "Zienswijze zoals vastgesteld", "is verplicht als de raad een zienswijze indient"));
        assertThat(withoutDate.violations()).containsExactly(new FormViolation("raadDecisionDate", "Besloten op",
                "is verplicht"));
        assertThat(instance).isWaitingAt(RAAD_DECISION);
    }

    @Test
    void refusesSendingTheZienswijzeWithoutTheDate() {
        ProcessInstance instance = start();
        analyse(tasks, task(instance));
        propose(tasks, task(instance));
        raadsvoorstel(tasks, task(instance));
        decide(tasks, task(instance), "ZIENSWIJZE_INDIENEN", ZIENSWIJZE);

        FormValidationException refused = refuse(task(instance), Map.of("zienswijzeSentOn", "26 juni"));

        assertThat(refused.violations()).containsExactly(new FormViolation("zienswijzeSentOn", "Verstuurd op",
                "is geen geldige datum (JJJJ-MM-DD)"));
        assertThat(instance).isWaitingAt(SEND);
    }

    // Steps, shared with the region's tests, which drive the gemeenten's instances the region starts.

    static void analyse(TaskService tasks, Task task) {
        tasks.complete(task.getId(), Map.of("analysis", "Bijdrage stijgt 6%, vooral door nieuwe meldkamer.",
                "analysisAdvice", "ZIENSWIJZE_INDIENEN"));
    }

    static void propose(TaskService tasks, Task task) {
        tasks.complete(task.getId(), Map.of("collegeProposal", "ZIENSWIJZE_INDIENEN",
                "collegeDraftZienswijze", ZIENSWIJZE, "collegeDecisionDate", "2026-05-12"));
    }

    static void raadsvoorstel(TaskService tasks, Task task) {
        tasks.complete(task.getId(), Map.of("raadsvoorstel", "RV 2026-041", "raadMeetingDate", "2026-06-25"));
    }

    static void decide(TaskService tasks, Task task, String decision, String text) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("raadDecision", decision);
        variables.put("raadDecisionDate", "2026-06-25");
        variables.put("zienswijzeText", text);
        tasks.complete(task.getId(), variables);
    }

    static void send(TaskService tasks, Task task) {
        tasks.complete(task.getId(), Map.of("zienswijzeSentOn", "2026-06-26"));
    }

    static List<String> candidateGroups(TaskService tasks, Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    static FormValidationException refuse(TaskService tasks, Task task, Map<String, Object> variables) {
        ProcessEngineException failure = catchThrowableOfType(ProcessEngineException.class,
                () -> tasks.complete(task.getId(), variables));
        assertThat(failure).as("completing %s should be refused", task.getTaskDefinitionKey()).isNotNull();
        FormValidationException refused = FormValidationException.in(failure).orElseThrow();
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task stays open").isEqualTo(1);
        return refused;
    }

    private ProcessInstance start() {
        ProcessInstance instance = InstanceTenant.call(UTRECHT, () -> runtime.createProcessInstanceByKey(ZienswijzeGemeenteProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey("utrecht:zienswijze:2027")
                .setVariables(Map.of("budgetYear", 2027, "zienswijzeDeadline", DEADLINE.toString(),
                        "regionName", "Veiligheidsregio Utrecht"))
                .execute());
        started.add(instance.getId());
        return instance;
    }





    private Object historic(ProcessInstance instance, String variable) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(variable).singleResult().getValue();
    }
}
