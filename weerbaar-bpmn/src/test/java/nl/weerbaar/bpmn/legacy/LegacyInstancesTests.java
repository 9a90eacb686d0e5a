package nl.weerbaar.bpmn.legacy;

import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.crisis.CrisisProcessModel;
import nl.weerbaar.bpmn.engine.ProcessDeployment;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntProcessModel;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessModel;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeRegioProcessModel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.TestEngine.at;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * Instances started on the models as they were before the rolverdeling, the scenario checklists and the
 * reminders by e-mail ({@code src/test/resources/legacy/*-v1.bpmn}) keep working with today's delegates and
 * listeners: on their own version, and migrated to today's where the models allow it.
 */
class LegacyInstancesTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    /** A tenant of its own, so the old versions are the latest nowhere else. */
    private static final String LEGACY = "legacy";
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    /** The old measure model's deadlines: two boundary timers on the uitvoering. */
    private static final String V1_REMINDER = "Boundary_Herinnering";
    private static final String V1_OVERDUE = "Boundary_Termijnverstreken";

    private final RuntimeService runtime = TestEngine.get().getRuntimeService();
    private final TaskService tasks = TestEngine.get().getTaskService();
    private final ManagementService management = TestEngine.get().getManagementService();

    private static ProcessDefinition measureV1;
    private static ProcessDefinition noodsteunpuntV1;
    private static ProcessDefinition crisisV1;
    private static ProcessDefinition zienswijzeRegioV1;

    @BeforeAll
    static void deployTheOldModelsThenTodays() {
        RepositoryService repository = TestEngine.get().getRepositoryService();
        // An installation from before ADR 14: its tenant in the engine's identity service, one deployment per tenant.
        var identity = TestEngine.get().getIdentityService();
        if (identity.createTenantQuery().tenantId(LEGACY).count() == 0) {
            identity.saveTenant(identity.newTenant(LEGACY));
        }
        if (repository.createProcessDefinitionQuery().tenantIdIn(LEGACY).count() == 0) {
            var deployment = repository.createDeployment().name("weerbaar-v1").source("legacy").tenantId(LEGACY);
            for (String key : List.of("maatregel", "noodsteunpunt", "crisis", "zienswijze-regio")) {
                InputStream model = LegacyInstancesTests.class.getResourceAsStream("/legacy/weerbaar-" + key + "-v1.bpmn");
                deployment.addInputStream("weerbaar/bpmn/weerbaar-" + key + ".bpmn", model);
            }
            // The forms Tasklist shows live beside the models; the old tasks are checked by today's records.
            ProcessDeployment.resources(TestEngine.PROCESSES).forEach((name, content) -> {
                if (name.endsWith(".form")) {
                    deployment.addInputStream(name, new java.io.ByteArrayInputStream(content));
                }
            });
            deployment.deploy();
            // Today's versions, with the gemeente's process the old region model calls.
            ProcessDeployment.deploy(repository, TestEngine.PROCESSES, LEGACY, TestEngine.SOURCE);
        }
        measureV1 = version(repository, "weerbaar-maatregel", 1);
        noodsteunpuntV1 = version(repository, "weerbaar-noodsteunpunt", 1);
        crisisV1 = version(repository, "weerbaar-crisis", 1);
        zienswijzeRegioV1 = version(repository, "weerbaar-zienswijze-regio", 1);
    }

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(START, 10));
        TestEngine.REMINDERS.clear();
    }

    @Test
    void anOldMeasureLifecycleRunsOnWithTodaysReminderAndEscalation() {
        ProcessInstance instance = oldMeasureInUitvoering("1.3");
        fire(instance, V1_REMINDER);
        fire(instance, V1_OVERDUE);

        assertThat(TestEngine.REMINDERS).extracting(Reminder::kind).as("the old model has no escalation listener")
                .containsExactly(Reminder.Kind.HERINNERING);
        assertThat(TestEngine.REMINDERS.get(0).groups()).containsExactly("weerbaar-aov-adviseur");
        Task escalation = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(MeasureProcessModel.ESCALATION).singleResult();
        assertThat(candidateGroups(escalation)).containsExactly("weerbaar-gemeentesecretaris");
        tasks.complete(escalation.getId(), Map.of("escalationAction", "Nieuwe planning."));
        completeKey(instance, MeasureProcessModel.EXECUTE, Map.of("executionSummary", "Gedaan."));
        complete(instance, Map.of("evidenceLinks", "https://intranet.example.org/1.3"));
        complete(instance, Map.of("reviewDecision", "GOEDGEKEURD"));
        assertThat(instance).isWaitingAt(MeasureProcessModel.WAITING);
        assertThat(instance.getProcessDefinitionId()).isEqualTo(measureV1.getId());
    }

    @Test
    void anOldMeasureLifecycleMigratesToTodaysModelAndKeepsItsGroupsAndDeadlines() {
        ProcessInstance instance = oldMeasureInUitvoering("1.4");
        // An instance of the old version never chose its groups at the start.
        runtime.removeVariables(instance.getId(), List.of("workGroup", "escalationGroup", "rolverdeling",
                "executedBy"));
        Job reminder = timer(instance, V1_REMINDER);
        Job overdue = timer(instance, V1_OVERDUE);

        migrate(instance, measureV1, "weerbaar-maatregel");

        assertThat(management.createJobQuery().processInstanceId(instance.getId()).list())
                .as("today's model holds one deadline at a time: the reminder first").singleElement()
                .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(reminder.getDuedate()));
        completeKey(instance, MeasureProcessModel.EXECUTE, Map.of("executionSummary", "Gedaan."));
        assertThat(candidateGroups(task(instance))).as("the fallback of today's model")
                .containsExactly("weerbaar-aov-adviseur");
        fire(instance, MeasureProcessModel.REMINDER);
        assertThat(timer(instance, MeasureProcessModel.OVERDUE).getDuedate()).isEqualTo(overdue.getDuedate());
        fire(instance, MeasureProcessModel.OVERDUE);
        Task escalation = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(MeasureProcessModel.ESCALATION).singleResult();
        assertThat(candidateGroups(escalation)).containsExactly("weerbaar-gemeentesecretaris");
        assertThat(TestEngine.REMINDERS).extracting(Reminder::kind)
                .containsExactly(Reminder.Kind.HERINNERING, Reminder.Kind.ESCALATIE);
    }

    @Test
    void anOldMeasureLifecycleMigratedAfterItsReminderIsNotRemindedAgain() {
        ProcessInstance instance = oldMeasureInUitvoering("1.5");
        fire(instance, V1_REMINDER);
        remindedByAnEarlierVersion(instance);
        Job overdue = timer(instance, V1_OVERDUE);

        migrate(instance, measureV1, "weerbaar-maatregel");
        // The reminder's timer comes anew, due at once.
        management.executeJob(timer(instance, MeasureProcessModel.REMINDER).getId());

        assertThat(TestEngine.REMINDERS).extracting(Reminder::kind).containsExactly(Reminder.Kind.HERINNERING);
        assertThat(timer(instance, MeasureProcessModel.OVERDUE).getDuedate()).isEqualTo(overdue.getDuedate());
        fire(instance, MeasureProcessModel.OVERDUE);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(MeasureProcessModel.ESCALATION).count()).isEqualTo(1);
    }

    @Test
    void anOldMeasureLifecycleMigratedAfterItsEscalationIsNotEscalatedAgain() {
        ProcessInstance instance = oldMeasureInUitvoering("1.6");
        fire(instance, V1_REMINDER);
        remindedByAnEarlierVersion(instance);
        fire(instance, V1_OVERDUE);

        migrate(instance, measureV1, "weerbaar-maatregel");
        management.executeJob(timer(instance, MeasureProcessModel.REMINDER).getId());
        management.executeJob(timer(instance, MeasureProcessModel.OVERDUE).getId());

        assertThat(TestEngine.REMINDERS).extracting(Reminder::kind).containsExactly(Reminder.Kind.HERINNERING);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(MeasureProcessModel.ESCALATION).count()).as("the old one, still open").isEqualTo(1);
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void anOldNoodsteunpuntWarnsInsteadOfRefusingAndMigratesThroughTheNewStep() {
        ProcessInstance onOld = startOld(noodsteunpuntV1, Map.of("noodsteunpuntName", "Noodsteunpunt Oud"));
        toFacilities(onOld);
        Map<String, Object> tooLittle = facilities();
        tooLittle.put("drinkingWaterLitresPerDay", 100);
        complete(onOld, tooLittle);
        assertThat(onOld).isWaitingAt(NoodsteunpuntProcessModel.LINK_KEY_FIGURES);
        assertThat(runtime.getVariable(onOld.getId(), "drinkingWaterWarnings").toString()).startsWith("Drinkwater:");
        complete(onOld, Map.of("keyFigures", "Fatima el Amrani"));
        assertThat(onOld).as("the old version has no step for the social partners")
                .isWaitingAt(NoodsteunpuntProcessModel.INFORM_RESIDENTS);

        ProcessInstance migrated = startOld(noodsteunpuntV1, Map.of("noodsteunpuntName", "Noodsteunpunt Gemigreerd"));
        toFacilities(migrated);
        migrate(migrated, noodsteunpuntV1, "weerbaar-noodsteunpunt");
        complete(migrated, facilities());
        complete(migrated, Map.of("keyFigures", "Fatima el Amrani"));
        assertThat(migrated).isWaitingAt(NoodsteunpuntProcessModel.INFORM_SOCIAL_PARTNERS);
        assertThat(candidateGroups(task(migrated))).containsExactly("weerbaar-aov-adviseur");
    }

    @Test
    void anOldCrisisRunsToItsEndOnItsOwnVersion() {
        // Only the latest version subscribes to the start message; an old crisis was started on the old version.
        ProcessInstance crisis = runtime.startProcessInstanceById(crisisV1.getId(), "legacy:stroom",
                Map.of("scenario", "GEWAPEND_CONFLICT"));
        started.add(crisis.getId());
        assertThat(crisis.getProcessDefinitionId()).isEqualTo(crisisV1.getId());
        Job timer = management.createJobQuery().processInstanceId(crisis.getId())
                .activityId(CrisisProcessModel.AFTER_72_HOURS).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(at(START.plusDays(3), 10));
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
        tasks.createTaskQuery().processInstanceId(crisis.getId()).list()
                .forEach(task -> tasks.complete(task.getId(), Map.of("checklistStatus", "GEREED")));
        assertThat(crisis).isWaitingAt("Message_CrisisBeeindigd");

        runtime.createMessageCorrelation(CrisisProcessModel.END_MESSAGE).tenantId(LEGACY)
                .processInstanceBusinessKey("legacy:stroom").correlate();
        tasks.createTaskQuery().processInstanceId(crisis.getId()).taskDefinitionKey(CrisisProcessModel.CHECKLIST_NAFASE)
                .list().forEach(task -> tasks.complete(task.getId(), Map.of("checklistStatus", "GEREED")));
        completeKey(crisis, CrisisProcessModel.EVALUATION, Map.of("evaluationFindings", "Goed verlopen."));
        assertThat(crisis).isEnded();
    }

    @Test
    void anOldZienswijzeCycleMigratesAndItsLateBudgetReachesTheRegionsPeople() {
        Map<String, Object> start = new HashMap<>();
        start.put("budgetYear", 2027);
        start.put("memberGemeenten", LEGACY);
        ProcessInstance cycle = startOld(zienswijzeRegioV1, start);
        completeKey(cycle, ZienswijzeRegioProcessModel.KADERS, Map.of("kadersSentOn", "2026-04-15"));
        completeKey(cycle, ZienswijzeRegioProcessModel.DRAFT_BUDGET, Map.of("draftBudgetSentOn", "2026-04-20",
                "draftBudgetLink", "https://example.org/begroting-2027.pdf"));
        ProcessInstance gemeente = runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
                .singleResult();
        fire(gemeente, ZienswijzeGemeenteProcessModel.TERM_EXPIRED);
        assertThat(cycle).isWaitingAt(ZienswijzeRegioProcessModel.ADOPT);
        completeKey(cycle, ZienswijzeRegioProcessModel.ADOPT, Map.of("adoptionDate", "2026-07-20"));

        migrate(cycle, zienswijzeRegioV1, "weerbaar-zienswijze-regio");
        fire(cycle, ZienswijzeRegioProcessModel.PROVINCE_OVERDUE);

        assertThat(TestEngine.REMINDERS).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo(Reminder.Kind.ESCALATIE);
            assertThat(sent.subject()).isEqualTo("Escalatie: de begroting 2027 is niet op tijd bij Gedeputeerde"
                    + " Staten");
            assertThat(sent.groups()).containsExactly("weerbaar-veiligheidsregio");
        });
    }

    /** An earlier version recorded when it reminded, not of which due date. */
    private void remindedByAnEarlierVersion(ProcessInstance instance) {
        assertThat(runtime.getVariable(instance.getId(), "remindedAt")).isNotNull();
        runtime.removeVariable(instance.getId(), "remindedFor");
    }

    /** A lifecycle of the old measure model, its intake and plan done: in its uitvoering, both timers set. */
    private ProcessInstance oldMeasureInUitvoering(String ref) {
        ProcessInstance instance = startOld(measureV1, Map.of("measureRef", ref));
        complete(instance, intake());
        complete(instance, Map.of("plan", "Stappen."));
        return instance;
    }

    private ProcessInstance startOld(ProcessDefinition definition, Map<String, Object> variables) {
        // A lifecycle's start rule holds for its old versions too: its business key names tenant and measure.
        String businessKey = variables.get("measureRef") instanceof String ref ? definition.getTenantId() + ":" + ref
                : null;
        ProcessInstance instance = runtime.startProcessInstanceById(definition.getId(), businessKey, variables);
        started.add(instance.getId());
        return instance;
    }

    private void migrate(ProcessInstance instance, ProcessDefinition from, String key) {
        ProcessDefinition today = TestEngine.get().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).tenantIdIn(LEGACY).latestVersion().singleResult();
        assertThat(today.getVersion()).isGreaterThan(from.getVersion());
        MigrationPlan plan = runtime.createMigrationPlan(from.getId(), today.getId()).mapEqualActivities().build();
        runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
    }

    private void toFacilities(ProcessInstance instance) {
        Map<String, Object> location = new HashMap<>();
        location.put("neighbourhood", "Overvecht");
        location.put("street", "Dreef");
        location.put("houseNumber", "12a");
        location.put("postcode", "3563 AB");
        location.put("kind", "LOCAAL");
        location.put("buildingName", "Wijkcentrum De Dreef");
        location.put("inhabitantsServed", 800);
        complete(instance, location);
        complete(instance, Map.of("locationDecision", "GESCHIKT"));
        complete(instance, Map.of("keeperName", "Jan de Vries", "keeperPhone", "06 12345678",
                "regionContact", "M. Bakker", "roleAgreement", "Sleutelhouder opent binnen een uur."));
        assertThat(instance).isWaitingAt(NoodsteunpuntProcessModel.ARRANGE_FACILITIES);
    }

    private static Map<String, Object> facilities() {
        Map<String, Object> facilities = new HashMap<>();
        facilities.put("informationBoard", true);
        facilities.put("analogueCommunication", true);
        facilities.put("drinkingWater", true);
        facilities.put("drinkingWaterLitresPerDay", 2400);
        return facilities;
    }

    private static Map<String, Object> intake() {
        return Map.of("applicability", "VAN_TOEPASSING", "owner", "legacy.aov", "dueDate", "2026-03-01");
    }

    private static ProcessDefinition version(RepositoryService repository, String key, int version) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn(LEGACY)
                .processDefinitionVersion(version).singleResult();
    }
}
