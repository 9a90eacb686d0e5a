package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.engine.internal.RunningKeys;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.keys.RunningKeyRecord;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcess;
import nl.weerbaar.core.catalog.CatalogLoader;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.weerbaar.bpmn.TestEngine.AMERSFOORT;
import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The engine holds every path into Weerbaar's processes to their rules: one running lifecycle per gemeente and
 * measure, whichever way and however often at once it is started; a start's business key is the gemeente's
 * measure; a user who is no administrator changes variables only through forms and starts, and a refused job
 * request leaves the job as it was.
 */
class EngineIntegrityTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private static final String AOV = "weerbaar-aov-adviseur";

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final IdentityService identity = engine.getIdentityService();
    private final ManagementService management = engine.getManagementService();
    private final MeasureLifecycle lifecycle = new MeasureLifecycle(runtime);

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void twentyConcurrentStartsOfOneMeasureLeaveExactlyOneRunning() throws Exception {
        int starts = 20;
        CountDownLatch ready = new CountDownLatch(starts);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            calls.add(() -> {
                ready.countDown();
                ready.await(10, TimeUnit.SECONDS);
                return startByKey(UTRECHT, "utrecht:5.3", Map.of()).getId();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(starts);
        List<String> startedIds = new ArrayList<>();
        List<Throwable> refusals = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                try {
                    startedIds.add(outcome.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    refusals.add(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        started.addAll(startedIds);

        assertThat(startedIds).hasSize(1);
        assertThat(refusals).hasSize(starts - 1).allSatisfy(refusal ->
                assertThat(refusal).isInstanceOf(AlreadyRunningException.class));
        assertThat(refusals).extracting(refusal -> ((AlreadyRunningException) refusal).runningInstanceId())
                .as("each names the running one, or that it is being started").allMatch(id -> id == null
                        || id.equals(startedIds.get(0)));
        assertThat(running("utrecht:5.3")).isEqualTo(1);
    }

    @Test
    void aSecondStartIsRefusedNamingTheRunningOneWhicheverWayItStarts() {
        ProcessInstance first = lifecycle.start(UTRECHT, "5.4");
        started.add(first.getId());
        String definition = first.getProcessDefinitionId();

        AlreadyRunningException byKey = catchThrowableOfType(AlreadyRunningException.class,
                () -> startByKey(UTRECHT, "utrecht:5.4", Map.of("measureRef", "5.4")));
        AlreadyRunningException byId = catchThrowableOfType(AlreadyRunningException.class,
                () -> InstanceTenant.call(UTRECHT, () -> runtime.startProcessInstanceById(definition, "utrecht:5.4")));
        identity.setAuthentication("demo", List.of("camunda-admin"), List.of(UTRECHT));
        AlreadyRunningException atAnActivity = catchThrowableOfType(AlreadyRunningException.class,
                () -> runtime.createProcessInstanceById(definition).businessKey("utrecht:5.4")
                        .startBeforeActivity(MeasureProcessModel.PLAN).execute());
        identity.clearAuthentication();
        MeasureLifecycle.AlreadyStartedException again = catchThrowableOfType(
                MeasureLifecycle.AlreadyStartedException.class, () -> lifecycle.start(UTRECHT, "5.4"));

        assertThat(List.of(byKey, byId, atAnActivity)).extracting(AlreadyRunningException::runningInstanceId)
                .containsOnly(first.getId());
        assertThat(byKey).hasMessage("Proces weerbaar-maatregel met business key utrecht:5.4 loopt al in utrecht"
                + " (procesinstantie " + first.getId() + "); er loopt er hooguit één tegelijk.");
        assertThat(again.processInstanceId()).isEqualTo(first.getId());
        assertThat(running("utrecht:5.4")).isEqualTo(1);
        assertThat(lifecycle.start(AMERSFOORT, "5.4").getTenantId()).as("another gemeente's own").isEqualTo(AMERSFOORT);
        started.add(lifecycle.findActive(AMERSFOORT, "5.4").orElseThrow().getId());
    }

    @Test
    void aMeasureStartsAgainOnceItsLifecycleHasEndedHoweverItEnded() throws Exception {
        ProcessInstance first = lifecycle.start(UTRECHT, "5.5");
        runtime.deleteProcessInstance(first.getId(), "test", true);
        ProcessInstance second = lifecycle.start(UTRECHT, "5.5");
        tasks.complete(task(second).getId(), Map.of("applicability", "NIET_VAN_TOEPASSING",
                "notApplicableReason", "Geregeld door de regio."));
        tasks.complete(task(second).getId(), Map.of("notApplicableDecision", "GOEDGEKEURD"));
        ProcessInstance third = lifecycle.start(UTRECHT, "5.5");
        started.add(third.getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(second.getId()).count()).isZero();
        assertThat(rows(MeasureProcess.KEY, UTRECHT, "utrecht:5.5")).containsExactly(third.getId());
    }

    @Test
    void refusesABusinessKeyThatIsNotAMeasureOfTheGemeentesCatalog() {
        Map<String, StartRefusedException> refusals = new HashMap<>();
        refusals.put("9.9", refuseStart(UTRECHT, "utrecht:9.9", Map.of()));
        refusals.put("other gemeente", refuseStart(UTRECHT, "amersfoort:2.7", Map.of()));
        refusals.put("no key", refuseStart(UTRECHT, null, Map.of("measureRef", "2.7")));
        refusals.put("no colon", refuseStart(UTRECHT, "2.7", Map.of()));
        refusals.put("other measure", refuseStart(UTRECHT, "utrecht:2.5", Map.of("measureRef", "2.7")));
        refusals.put("not text", refuseStart(UTRECHT, "utrecht:2.5", Map.of("measureRef", 25)));

        assertThat(refusals.get("9.9")).hasMessage("Levenscyclus niet gestart: maatregel '9.9' staat niet in de"
                + " catalogus van utrecht.");
        assertThat(refusals.get("other gemeente")).hasMessage("Levenscyclus niet gestart: business key"
                + " 'amersfoort:2.7' hoort bij gemeente 'amersfoort', maar de levenscyclus start in 'utrecht';"
                + " gebruik utrecht:2.7.");
        assertThat(refusals.get("no key")).hasMessageContaining("geef als business key <gemeente>:<maatregel> mee");
        assertThat(refusals.get("no colon")).hasMessageContaining("'2.7' is niet van de vorm <gemeente>:<maatregel>");
        assertThat(refusals.get("other measure")).hasMessage("Levenscyclus niet gestart: variabele 'measureRef' is"
                + " '2.7', maar de business key 'utrecht:2.5' noemt maatregel '2.5'; laat measureRef weg of geef"
                + " '2.5'.");
        assertThat(refusals.get("not text")).hasMessageContaining("variabele 'measureRef' is '25'");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY)
                .processInstanceBusinessKeyLike("%2.7").count()).isZero();
    }

    @Test
    void takesTheMeasureFromTheBusinessKeyWhenTheStartLeavesItOut() {
        ProcessInstance instance = startByKey(UTRECHT, "utrecht:5.6", Map.of());
        started.add(instance.getId());

        assertThat(runtime.getVariable(instance.getId(), "measureRef")).isEqualTo("5.6");
        assertThat(runtime.getVariable(instance.getId(), "measureTitle"))
                .isEqualTo(CatalogLoader.vng2025().measure("5.6").title());
    }

    @Test
    void aUserStartsAtTheStartEventWithTheProcessesOwnPlainVariablesOnly() {
        identity.setAuthentication("utrecht.aov", List.of(AOV), List.of(UTRECHT));
        StartRefusedException extra = refuseStart(UTRECHT, "utrecht:4.1",
                Map.of("measureRef", "4.1", "measureStatus", "AFGEROND"));
        StartRefusedException bytes = refuseStart(UTRECHT, "utrecht:4.1", Map.of("measureRef",
                Variables.byteArrayValue(new byte[] {'6', '.', '1'})));
        StartRefusedException halfway = catchThrowableOfType(StartRefusedException.class,
                () -> InstanceTenant.call(UTRECHT, () -> runtime.createProcessInstanceByKey(MeasureProcess.KEY).processDefinitionWithoutTenantId()
                        .businessKey("utrecht:4.1").startBeforeActivity(MeasureProcessModel.REVIEW).execute()));
        ProcessInstance plain = startByKey(UTRECHT, "utrecht:4.1", Map.of("measureRef", "4.1"));
        started.add(plain.getId());

        assertThat(extra).hasMessage("Proces weerbaar-maatregel niet gestart: variabele 'measureStatus' wordt bij de"
                + " start niet aangenomen; toegestaan: measureRef.");
        assertThat(bytes).hasMessageContaining("variabele 'measureRef' heeft een soort waarde (bytes) die bij een"
                + " start niet wordt aangenomen");
        assertThat(halfway).hasMessageContaining("starten bij gekozen activiteiten mag alleen een beheerder");
        assertThat(running("utrecht:4.1")).isEqualTo(1);
    }

    @Test
    void aUserCannotChangeVariablesOfAWeerbaarTaskOrInstanceDirectly() {
        ProcessInstance instance = lifecycle.start(UTRECHT, "4.2");
        started.add(instance.getId());
        String task = task(instance).getId();
        identity.setAuthentication("utrecht.aov", List.of(AOV), List.of(UTRECHT));

        List<Runnable> directChanges = List.of(
                () -> tasks.setVariable(task, "measureStatus", "AFGEROND"),
                () -> tasks.setVariableLocal(task, "owner", "iemand"),
                () -> tasks.setVariables(task, Map.of("measureStatus", "AFGEROND")),
                () -> tasks.removeVariable(task, "measureTitle"),
                () -> runtime.setVariable(instance.getId(), "measureStatus", "AFGEROND"),
                () -> runtime.removeVariable(instance.getId(), "measureRef"));
        for (int i = 0; i < directChanges.size(); i++) {
            DirectChangeRefusedException refused = catchThrowableOfType(DirectChangeRefusedException.class,
                    directChanges.get(i)::run);
            assertThat(refused).as("direct change %d is refused", i).isNotNull()
                    .hasMessageStartingWith("Weerbaar-gegevens veranderen alleen via het formulier van een taak of"
                            + " de start van een proces; rechtstreeks wijzigen mag alleen een beheerder.")
                    .hasMessageContaining("utrecht.aov").hasMessageContaining(instance.getId());
        }
        identity.clearAuthentication();

        assertThat(runtime.getVariable(instance.getId(), "measureStatus")).isEqualTo("INTAKE");
        assertThat(runtime.getVariable(instance.getId(), "measureRef")).isEqualTo("4.2");
        assertThat(runtime.getVariable(instance.getId(), "measureTitle"))
                .isEqualTo(CatalogLoader.vng2025().measure("4.2").title());
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        identity.setAuthentication("demo", List.of("camunda-admin"));
        runtime.setVariable(instance.getId(), "owner", "utrecht.aov");
        assertThat(runtime.getVariable(instance.getId(), "owner")).as("an administrator may").isEqualTo("utrecht.aov");
    }

    @Test
    void completingATaskSendsOnlyTheFieldsOfItsFormEachOfItsOwnKind() {
        ProcessInstance instance = lifecycle.start(UTRECHT, "4.3");
        started.add(instance.getId());
        Task intake = task(instance);
        Map<String, Object> valid = Map.of("applicability", "VAN_TOEPASSING", "owner", "utrecht.aov",
                "dueDate", "2099-01-01");

        Map<String, Object> changedContext = new HashMap<>(valid);
        changedContext.put("measureRef", "9.9");
        Map<String, Object> unknown = new HashMap<>(valid);
        unknown.put("measureStatus", "AFGEROND");
        identity.setAuthentication("utrecht.aov", List.of(AOV), List.of(UTRECHT));
        assertThat(refuse(intake, changedContext).violations()).containsExactly(new FormViolation("measureRef",
                "measureRef", "wordt op dit formulier alleen getoond en kan hier niet worden gewijzigd"));
        assertThat(refuse(intake, unknown).violations()).containsExactly(new FormViolation("measureStatus",
                "measureStatus", "is geen veld van dit formulier"));
        assertThat(refuse(intake, with(valid, "owner", 42)).violations()).containsExactly(
                new FormViolation("owner", "Eigenaar", "moet tekst zijn"));
        assertThat(refuse(intake, with(valid, "owner", Variables.byteArrayValue(new byte[] {1}))).violations())
                .extracting(FormViolation::message).containsExactly("heeft een soort waarde (bytes) die een formulier"
                        + " niet aanneemt: alleen tekst, gehele getallen, datums en ja/nee");
        assertThat(refuse(intake, with(valid, "owner", Variables.serializedObjectValue("rO0ABXQAAXg=")
                .serializationDataFormat(Variables.SerializationDataFormats.JAVA).objectTypeName("java.lang.String")
                .create())).violations()).extracting(FormViolation::message).singleElement().asString()
                .startsWith("heeft een soort waarde (object)");
        assertThat(runtime.getVariable(instance.getId(), "measureStatus")).isEqualTo("INTAKE");
        assertThat(runtime.getVariable(instance.getId(), "owner")).isNull();

        Map<String, Object> withShownValues = new HashMap<>(valid);
        withShownValues.put("measureRef", "4.3");
        withShownValues.put("pillarName", runtime.getVariable(instance.getId(), "pillarName"));
        tasks.complete(intake.getId(), withShownValues);

        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(MeasureProcessModel.PLAN);
        assertThat(runtime.getVariable(instance.getId(), "owner")).isEqualTo("utrecht.aov");
    }

    @Test
    void aUserCannotEndAWeerbaarTaskWithABpmnErrorOrEscalation() {
        ProcessInstance instance = lifecycle.start(UTRECHT, "4.4");
        started.add(instance.getId());
        String task = task(instance).getId();
        identity.setAuthentication("utrecht.aov", List.of(AOV), List.of(UTRECHT));

        assertThat(catchThrowableOfType(DirectChangeRefusedException.class,
                () -> tasks.handleBpmnError(task, "klaar"))).hasMessageContaining("wordt afgerond via haar formulier");
        assertThat(catchThrowableOfType(DirectChangeRefusedException.class,
                () -> tasks.handleEscalation(task, "klaar"))).hasMessageContaining("wordt afgerond via haar formulier");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void anotherGemeentesUserLearnsNothingOfATaskFromABpmnError() {
        ProcessInstance instance = lifecycle.start(UTRECHT, "4.4");
        started.add(instance.getId());
        Task task = task(instance);
        identity.setAuthentication("amersfoort.aov", List.of(AOV), List.of(AMERSFOORT));

        ProcessEngineException refused = catchThrowableOfType(ProcessEngineException.class,
                () -> tasks.handleBpmnError(task.getId(), "klaar"));

        assertThat(refused).isNotNull().isNotInstanceOf(DirectChangeRefusedException.class);
        assertThat(refused.getMessage()).doesNotContain(task.getName());
    }

    @Test
    void aUserCannotStartAWeerbaarProcessAtChosenActivitiesNorSetVariablesInABatch() throws Exception {
        identity.setAuthentication("utrecht.aov", List.of(AOV), List.of(UTRECHT));

        StartRefusedException atTheStart = catchThrowableOfType(StartRefusedException.class,
                () -> InstanceTenant.call(UTRECHT, () -> runtime.createProcessInstanceByKey(MeasureProcess.KEY).processDefinitionWithoutTenantId()
                        .businessKey("utrecht:4.5").startBeforeActivity(startEventId())
                        .setVariable("measureStatus", "AFGEROND").execute()));
        assertThat(atTheStart).hasMessageContaining("starten bij gekozen activiteiten mag alleen een beheerder");
        assertThat(catchThrowableOfType(DirectChangeRefusedException.class,
                () -> runtime.setVariablesAsync(List.of("any"), Map.of("measureStatus", "AFGEROND"))))
                .hasMessageContaining("in een batch");
        identity.clearAuthentication();

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("utrecht:4.5").count()).isZero();
        assertThat(rows(MeasureProcess.KEY, UTRECHT, "utrecht:4.5")).isEmpty();
    }

    @Test
    void aUserCannotMoveAWeerbaarInstancePastItsForms() {
        ProcessInstance instance = lifecycle.start(UTRECHT, "4.3");
        started.add(instance.getId());
        String intake = task(instance).getTaskDefinitionKey();
        identity.setAuthentication("utrecht.aov", List.of(AOV), List.of(UTRECHT));

        assertThat(catchThrowableOfType(DirectChangeRefusedException.class,
                () -> runtime.createProcessInstanceModification(instance.getId()).cancelAllForActivity(intake)
                        .startBeforeActivity(MeasureProcessModel.REVIEW).execute()))
                .hasMessageContaining("een procesinstantie wijzigen (activiteiten starten of annuleren) mag alleen");
        assertThat(catchThrowableOfType(DirectChangeRefusedException.class,
                () -> runtime.createModification(instance.getProcessDefinitionId())
                        .startBeforeActivity(MeasureProcessModel.REVIEW).processInstanceIds(instance.getId())
                        .execute())).hasMessageContaining("een procesinstantie wijzigen");
        assertThat(catchThrowableOfType(DirectChangeRefusedException.class,
                () -> runtime.createProcessInstanceModification(instance.getId()).startBeforeActivity(intake)
                        .setVariable("owner", "iemand").execute())).hasMessageContaining("een procesinstantie wijzigen");
        identity.clearAuthentication();

        assertThat(task(instance).getTaskDefinitionKey()).isEqualTo(intake);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariable(instance.getId(), "owner")).isNull();
    }

    private String startEventId() {
        return engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
                        .createProcessDefinitionQuery().processDefinitionKey(MeasureProcess.KEY).withoutTenantId()
                        .latestVersion().singleResult().getId())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).iterator().next()
                .getId();
    }

    @Test
    void aRefusedJobRequestLeavesAnotherGemeentesTimerAsItWas() {
        ProcessInstance amersfoorts = lifecycle.start(AMERSFOORT, "4.5");
        started.add(amersfoorts.getId());
        tasks.complete(task(amersfoorts).getId(), Map.of("applicability", "VAN_TOEPASSING",
                "owner", "amersfoort.aov", "dueDate", "2099-01-01"));
        Job timer = management.createJobQuery().processInstanceId(amersfoorts.getId()).timers().list().get(0);
        int retries = timer.getRetries();

        identity.setAuthentication("utrecht.aov", List.of(AOV), List.of(UTRECHT));
        for (int call = 0; call < 4; call++) {
            assertThat(catchThrowableOfType(ProcessEngineException.class, () -> management.executeJob(timer.getId())))
                    .as("refused").isNotNull();
        }
        catchThrowableOfType(ProcessEngineException.class, () -> management.setJobRetries(timer.getId(), 0));
        catchThrowableOfType(ProcessEngineException.class, () -> management.suspendJobById(timer.getId()));
        catchThrowableOfType(ProcessEngineException.class, () -> management.setJobDuedate(timer.getId(), null));
        identity.clearAuthentication();

        Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(after.getRetries()).isEqualTo(retries);
        assertThat(after.isSuspended()).isFalse();
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(after.getExceptionMessage()).isNull();
        assertThat(runtime.createIncidentQuery().processInstanceId(amersfoorts.getId()).count()).isZero();
    }

    @Test
    void aRowLeftByAnInstanceThatNoLongerRunsDoesNotBlockAStart() throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RunningKeys.TABLE
                     + " (PROCESS_KEY_, TENANT_ID_, BUSINESS_KEY_, PROC_INST_ID_) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, MeasureProcess.KEY);
            insert.setString(2, UTRECHT);
            insert.setString(3, "utrecht:4.6");
            insert.setString(4, "no-such-instance");
            insert.executeUpdate();
        }

        ProcessInstance instance = lifecycle.start(UTRECHT, "4.6");
        started.add(instance.getId());

        assertThat(rows(MeasureProcess.KEY, UTRECHT, "utrecht:4.6")).containsExactly(instance.getId());
    }

    @Test
    void reconcilingGivesAnInstanceFromBeforeTheTableItsRow() throws Exception {
        ProcessInstance instance = lifecycle.start(UTRECHT, "4.7");
        started.add(instance.getId());
        try (Connection connection = dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + RunningKeys.TABLE
                     + " WHERE PROC_INST_ID_ = ?")) {
            delete.setString(1, instance.getId());
            delete.executeUpdate();
        }

        new RunningKeys("").reconcile(engine, Set.of(MeasureProcess.KEY));

        assertThat(rows(MeasureProcess.KEY, UTRECHT, "utrecht:4.7")).containsExactly(instance.getId());
        assertThat(catchThrowableOfType(AlreadyRunningException.class, () -> startByKey(UTRECHT, "utrecht:4.7",
                Map.of())).runningInstanceId()).isEqualTo(instance.getId());
    }

    @Test
    void reconcilingTakesTheKeyFromTheQueryWhereTheDefinitionIdIsABareId() throws Exception {
        ProcessInstance instance = InstanceTenant.call(UTRECHT, () -> runtime.createProcessInstanceByKey(ZienswijzeGemeenteProcess.KEY)
                .processDefinitionWithoutTenantId().businessKey("utrecht:zienswijze:2031")
                .setVariables(Map.of("budgetYear", 2031, "zienswijzeDeadline", "2031-06-01",
                        "regionName", "Veiligheidsregio Utrecht"))
                .execute());
        started.add(instance.getId());
        assertThat(instance.getProcessDefinitionId()).as("longer than 64 with key and version").doesNotContain(":");
        try (Connection connection = dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + RunningKeys.TABLE
                     + " WHERE PROC_INST_ID_ = ?")) {
            delete.setString(1, instance.getId());
            delete.executeUpdate();
        }

        new RunningKeys("").reconcile(engine, Set.of(MeasureProcess.KEY, ZienswijzeGemeenteProcess.KEY));

        assertThat(rows(ZienswijzeGemeenteProcess.KEY, UTRECHT, "utrecht:zienswijze:2031"))
                .containsExactly(instance.getId());
    }

    @Test
    void theRecordOfRunningKeysTellsWhichKeyMayRunInOneReadAndNothingForAProcessItKeepsNoRecordOf() {
        ProcessInstance instance = lifecycle.start(UTRECHT, "4.5");
        started.add(instance.getId());

        assertThat(mayRun(MeasureProcess.KEY, UTRECHT, "utrecht:4.5")).isTrue();
        assertThat(mayRun(MeasureProcess.KEY, UTRECHT, "utrecht:4.9")).isFalse();
        assertThat(mayRun(MeasureProcess.KEY, AMERSFOORT, "amersfoort:4.5")).as("another tenant's key").isFalse();
        assertThat(mayRun("host-process", UTRECHT, "utrecht:4.9")).as("a process without the rule: no record")
                .isTrue();
        runtime.deleteProcessInstance(instance.getId(), "test");
        assertThat(mayRun(MeasureProcess.KEY, UTRECHT, "utrecht:4.5")).as("ended").isFalse();
        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> RunningKeyRecord.mayRun(MeasureProcess.KEY, UTRECHT, "utrecht:4.5")))
                .hasMessage("RunningKeyRecord.mayRun reads in the current command; there is none");
    }

    /** {@link RunningKeyRecord#mayRun} in a command of its own. */
    private boolean mayRun(String processKey, String tenant, String businessKey) {
        CommandExecutor commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        Command<Boolean> read = context -> RunningKeyRecord.mayRun(processKey, tenant, businessKey);
        return commands.execute(read);
    }

    private ProcessInstance startByKey(String tenant, String businessKey, Map<String, Object> variables) {
        return InstanceTenant.call(tenant, () -> runtime.createProcessInstanceByKey(MeasureProcess.KEY).processDefinitionWithoutTenantId()
                .businessKey(businessKey).setVariables(variables).execute());
    }

    private StartRefusedException refuseStart(String tenant, String businessKey, Map<String, Object> variables) {
        StartRefusedException refused = catchThrowableOfType(StartRefusedException.class,
                () -> startByKey(tenant, businessKey, variables));
        assertThat(refused).as("start of %s with %s is refused", businessKey, variables).isNotNull();
        return refused;
    }

    private long running(String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY)
                .processInstanceBusinessKey(businessKey).count();
    }

    private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
        Map<String, Object> changed = new HashMap<>(variables);
        changed.put(name, value);
        return changed;
    }

    private javax.sql.DataSource dataSource() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    }

    private List<String> rows(String processKey, String tenant, String businessKey) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT PROC_INST_ID_ FROM " + RunningKeys.TABLE
                     + " WHERE PROCESS_KEY_ = ? AND TENANT_ID_ = ? AND BUSINESS_KEY_ = ?")) {
            select.setString(1, processKey);
            select.setString(2, tenant);
            select.setString(3, businessKey);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        return ids;
    }
}
