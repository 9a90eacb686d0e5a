package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.process.Reminder;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.TestEngine.AMERSFOORT;
import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.VR_UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.WOERDEN;
import static nl.weerbaar.bpmn.TestEngine.at;
import static nl.weerbaar.bpmn.measure.MeasureProcessModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * A measure the veiligheidsregio leads — 2.6 and 5.3 by the catalog itself — runs in the region's tenant, once for
 * every member gemeente it serves: the region's people do the work, its bestuur approves, its director gets the
 * escalation, and each gemeente finds the lifecycle as its own. A measure another party leads stays with the
 * gemeente; pillar 1 goes to the bevoegd gezag the gemeente chose.
 */
class RegionLedMeasureTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private final IdentityService identity = engine.getIdentityService();
    private final MeasureLifecycle lifecycles = new MeasureLifecycle(runtime, TestEngine.routes());

    /** A start of the region's lifecycle by the engine's own API, as engine REST starts it. */
    private org.camunda.bpm.engine.ProcessEngineException refusedStart(String businessKey,
                                                                       Map<String, Object> variables) {
        org.camunda.bpm.engine.ProcessEngineException refused = catchThrowableOfType(
                org.camunda.bpm.engine.ProcessEngineException.class, () -> started.add(InstanceTenant.call(VR_UTRECHT, () -> runtime
                        .createProcessInstanceByKey(MeasureProcess.KEY).processDefinitionWithoutTenantId()
                        .businessKey(businessKey).setVariables(variables).execute()).getId()));
        assertThat(refused).as("start of %s with %s", businessKey, variables).isNotNull();
        return refused;
    }

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 1, 5), 10));
        TestEngine.REMINDERS.clear();
    }

    @Test
    void aGemeenteStartingARegionLedMeasureStartsTheRegionsLifecycleForEveryMemberThatAgreed() {
        ProcessInstance regional = start(UTRECHT, "2.6");

        assertThat(regional.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(regional).hasBusinessKey("vr-utrecht:2.6").isWaitingAt(INTAKE);
        assertThat(lifecycles.served(regional)).containsExactly(UTRECHT, AMERSFOORT);
        Map<String, Object> variables = runtime.getVariables(regional.getId());
        assertThat(variables).containsEntry("executedBy", "VEILIGHEIDSREGIO")
                .containsEntry("workGroup", "weerbaar-veiligheidsregio")
                .containsEntry("authorityGroup", "weerbaar-veiligheidsregio-bestuur")
                .containsEntry("escalationGroup", "weerbaar-veiligheidsregio-directeur")
                .containsEntry("authority", "veiligheidsregio-bestuur")
                .containsEntry("responsible", "Veiligheidsregio's")
                .containsEntry("rolverdeling", "Uitgevoerd door de veiligheidsregio voor: utrecht (zoals de"
                        + " handreiking het noemt), amersfoort (zoals de handreiking het noemt)");
        Task intake = task(regional);
        assertThat(intake.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(candidateGroups(intake)).containsExactly("weerbaar-veiligheidsregio");
        assertThat(lifecycles.findActive(UTRECHT, "2.6")).get().extracting(ProcessInstance::getId)
                .isEqualTo(regional.getId());
        assertThat(lifecycles.findActive(AMERSFOORT, "2.6")).get().extracting(ProcessInstance::getId)
                .isEqualTo(regional.getId());

        MeasureLifecycle.AlreadyStartedException again = catchThrowableOfType(
                MeasureLifecycle.AlreadyStartedException.class, () -> lifecycles.start(AMERSFOORT, "2.6"));
        assertThat(again).hasMessage("maatregel 2.6 loopt al voor amersfoort, uitgevoerd door vr-utrecht"
                + " (procesinstantie " + regional.getId() + ")");
        assertThat(again.processInstanceId()).isEqualTo(regional.getId());
    }

    @Test
    void aGemeenteCannotStartItsOwnLifecycleOfAMeasureItsRegionWorksForIt() {
        ProcessInstance regional = start(UTRECHT, "2.6");

        AlreadyRunningException refused = catchThrowableOfType(AlreadyRunningException.class,
                () -> InstanceTenant.call(UTRECHT, () -> runtime.createProcessInstanceByKey(MeasureProcess.KEY).processDefinitionWithoutTenantId()
                        .businessKey("utrecht:2.6").execute()));

        assertThat(refused).hasMessage("Levenscyclus niet gestart: maatregel 2.6 loopt al voor utrecht, uitgevoerd"
                + " door vr-utrecht (procesinstantie " + regional.getId() + "); er loopt er hooguit één per gemeente"
                + " en maatregel.");
        assertThat(refused.runningInstanceId()).isEqualTo(regional.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("utrecht:2.6").count()).isZero();
    }

    @Test
    void theRegionsPeopleWorkItItsBestuurApprovesAndItsDirectorGetsTheEscalation() {
        ProcessInstance regional = start(AMERSFOORT, "5.3");
        complete(regional, Map.of("applicability", "VAN_TOEPASSING", "owner", "vr-utrecht.adviseur",
                "dueDate", "2026-03-01"));
        complete(regional, Map.of("plan", "Regionale oefenweek met gemeenten en partners."));
        fire(regional, REMINDER);
        TestEngine.REMINDERS.clear();
        fire(regional, OVERDUE);

        Task escalation = tasks.createTaskQuery().processInstanceId(regional.getId()).taskDefinitionKey(ESCALATION)
                .singleResult();
        assertThat(candidateGroups(escalation)).containsExactly("weerbaar-veiligheidsregio-directeur");
        assertThat(TestEngine.REMINDERS).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo(Reminder.Kind.ESCALATIE);
            assertThat(sent.tenantId()).isEqualTo(VR_UTRECHT);
            assertThat(sent.groups()).containsExactly("weerbaar-veiligheidsregio-directeur");
        });
        tasks.complete(escalation.getId(), Map.of("escalationAction", "Oefenweek verschoven naar april."));
        tasks.complete(tasks.createTaskQuery().processInstanceId(regional.getId()).taskDefinitionKey(EXECUTE)
                .singleResult().getId(), Map.of("executionSummary", "Oefenweek gehouden."));
        complete(regional, Map.of("evidenceLinks", "https://vr-utrecht.example.org/oefenweek"));

        assertThat(regional).isWaitingAt(REVIEW);
        assertThat(candidateGroups(task(regional))).containsExactly("weerbaar-veiligheidsregio-bestuur");
        complete(regional, Map.of("reviewDecision", "GOEDGEKEURD"));
        assertThat(regional).isWaitingAt(WAITING);
    }

    @Test
    void theReminderOfARegionLedMeasureReachesTheRegionsPeopleAndNamesTheGemeentenItServes() {
        ProcessInstance regional = start(UTRECHT, "2.6");
        complete(regional, Map.of("applicability", "VAN_TOEPASSING", "owner", "vr-utrecht.adviseur",
                "dueDate", "2026-03-01"));
        Job reminder = timer(regional, REMINDER);
        ClockUtil.setCurrentTime(reminder.getDuedate());
        management.executeJob(reminder.getId());

        assertThat(TestEngine.REMINDERS).singleElement().satisfies(sent -> {
            assertThat(sent.tenantId()).isEqualTo(VR_UTRECHT);
            assertThat(sent.owner()).isEqualTo("vr-utrecht.adviseur");
            assertThat(sent.groups()).containsExactly("weerbaar-veiligheidsregio");
            assertThat(sent.message()).startsWith("Maatregel 2.6 'Alternatieve en analoge communicatiemiddelen', die de"
                    + " veiligheidsregio uitvoert voor utrecht, amersfoort, moet op 1 maart 2026 gereed");
        });
    }

    @Test
    void aGemeenteUserFindsTheRegionsLifecycleThoughItRunsInAnotherTenant() {
        ProcessInstance regional = start(UTRECHT, "2.6");

        identity.setAuthentication("utrecht.aov", List.of("weerbaar-aov-adviseur"), List.of(UTRECHT));
        try {
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(regional.getId()).count())
                    .as("Camunda's tenant check hides it").isZero();
            assertThat(lifecycles.findActive(UTRECHT, "2.6")).get().extracting(ProcessInstance::getId)
                    .isEqualTo(regional.getId());
            assertThat(lifecycles.findActive(UTRECHT, "2.2")).isEmpty();
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void aGemeenteUserStartsARegionLedMeasureInTheRegionsTenant() {
        identity.setAuthentication("amersfoort.aov", List.of("weerbaar-aov-adviseur"), List.of(AMERSFOORT));
        ProcessInstance regional;
        try {
            regional = lifecycles.start(AMERSFOORT, "5.3");
        } finally {
            identity.clearAuthentication();
        }
        started.add(regional.getId());

        assertThat(regional.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(lifecycles.served(regional)).as("the starter first").containsExactly(AMERSFOORT, UTRECHT);
    }

    @Test
    void theRegionStartsItsOwnLifecycleForEveryMemberThatAgreed() {
        ProcessInstance regional = start(VR_UTRECHT, "2.6");

        assertThat(regional.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(lifecycles.served(regional)).containsExactly(UTRECHT, AMERSFOORT);
        assertThat(lifecycles.findActive(UTRECHT, "2.6")).isPresent();
    }

    @Test
    void theRegionsBusinessKeyIsTakenOnlyForAMeasureItLeadsForOneOfItsGemeenten() {
        assertThat(refusedStart("vr-utrecht:2.2", Map.of())).hasMessage("Levenscyclus niet gestart: vr-utrecht voert"
                + " maatregel 2.2 voor geen van haar gemeenten uit: volgens de rolverdeling is de veiligheidsregio voor"
                + " geen gemeente eindverantwoordelijk.");
        assertThat(refusedStart("utrecht:2.6", Map.of())).hasMessageContaining("business key 'utrecht:2.6' hoort bij"
                + " gemeente 'utrecht', maar de levenscyclus start in 'vr-utrecht'");
        assertThat(refusedStart("vr-utrecht:9.9", Map.of())).hasMessageContaining("maatregel '9.9' staat niet in de"
                + " catalogus van vr-utrecht");
        assertThat(refusedStart("vr-utrecht:2.6", Map.of("measureRef", "5.3"))).hasMessageContaining("variabele"
                + " 'measureRef' is '5.3', maar de business key 'vr-utrecht:2.6' noemt maatregel '2.6'");
        assertThat(refusedStart("vr-utrecht:2.2", Map.of("servedGemeenten", new java.util.ArrayList<>(List.of(
                WOERDEN))))).hasMessage("Levenscyclus niet gestart: vr-utrecht voert maatregel 2.2 niet uit voor"
                + " woerden: geen gemeente van de regio met deze maatregel in haar catalogus.");
        assertThat(runtime.createProcessInstanceQuery().tenantIdIn(VR_UTRECHT).count()).isZero();

        ProcessInstance regional = InstanceTenant.call(VR_UTRECHT, () -> runtime.createProcessInstanceByKey(MeasureProcess.KEY)
                .processDefinitionWithoutTenantId().businessKey("vr-utrecht:2.6").execute());
        started.add(regional.getId());
        assertThat(lifecycles.served(regional)).containsExactly(UTRECHT, AMERSFOORT);
        assertThat(refusedStart("vr-utrecht:2.6", Map.of())).isInstanceOf(
                nl.weerbaar.bpmn.engine.AlreadyRunningException.class);
    }

    @Test
    void aRegionsBulkStartAsksTheEngineToStartOnlyWhatTheRegionLeads() {
        CountingRuntime counting = new CountingRuntime(runtime);
        List<MeasureLifecycle.Outcome> outcomes = new MeasureLifecycle(counting, TestEngine.routes())
                .startAll(VR_UTRECHT, List.of("1.1", "2.2", "2.6", "4.2"));
        outcomes.stream().filter(outcome -> outcome.instanceId() != null).forEach(o -> started.add(o.instanceId()));

        assertThat(outcomes).extracting(MeasureLifecycle.Outcome::result).containsExactly(
                MeasureLifecycle.Result.REFUSED, MeasureLifecycle.Result.REFUSED, MeasureLifecycle.Result.STARTED,
                MeasureLifecycle.Result.REFUSED);
        assertThat(outcomes.get(1).reason()).as("the start rule's own words").isEqualTo(refusedStart("vr-utrecht:2.2",
                Map.of()).getMessage());
        assertThat(counting.starts).as("one start asked of the engine: a measure the region leads for none of its"
                + " gemeenten is refused before, instead of rolling back and running the command again").isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().tenantIdIn(VR_UTRECHT).list())
                .extracting(ProcessInstance::getBusinessKey).containsExactly("vr-utrecht:2.6");
    }

    @Test
    void aRegionsBulkStartSaysWhatTheRegionLeadsOnlyToWhoMayStartALifecycle() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration();
        identity.setAuthentication("vr-utrecht.stagiair", List.of(), List.of(VR_UTRECHT));
        configuration.setAuthorizationEnabled(true);
        try {
            assertThatThrownBy(() -> lifecycles.startAll(VR_UTRECHT, List.of("1.1", "2.2")))
                    .as("the engine's refusal of the start, as a start would get it, not the start rule's reasons")
                    .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        } finally {
            configuration.setAuthorizationEnabled(false);
            identity.clearAuthentication();
        }
    }

    /** The engine's runtime service, counting the process instances it is asked to start. */
    private static final class CountingRuntime extends org.camunda.bpm.engine.impl.RuntimeServiceImpl {

        int starts;

        CountingRuntime(RuntimeService engine) {
            setCommandExecutor(((org.camunda.bpm.engine.impl.ServiceImpl) engine).getCommandExecutor());
        }

        @Override
        public org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder createProcessInstanceByKey(String key) {
            starts++;
            return super.createProcessInstanceByKey(key);
        }
    }

    @Test
    void aGemeenteUserCannotNameTheGemeentenARegionsLifecycleServes() {
        identity.setAuthentication("vr-utrecht.adviseur", List.of("weerbaar-veiligheidsregio"), List.of(VR_UTRECHT));
        try {
            assertThat(refusedStart("vr-utrecht:2.6", Map.of("servedGemeenten", new java.util.ArrayList<>(List.of(
                    UTRECHT))))).hasMessageContaining("variabele 'servedGemeenten' wordt bij de start niet aangenomen");
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void aMeasureAnotherPartyLeadsStaysWithTheGemeenteThatSupportsIt() {
        ProcessInstance instance = start(UTRECHT, "3.10");

        assertThat(instance.getTenantId()).isEqualTo(UTRECHT);
        assertThat(runtime.getVariables(instance.getId())).containsEntry("executedBy", "ANDERE_PARTIJ")
                .containsEntry("responsible", "Provincies")
                .containsEntry("workGroup", "weerbaar-aov-adviseur")
                .containsEntry("authorityGroup", "weerbaar-wethouder");
        assertThat(runtime.getVariable(instance.getId(), "rolverdeling").toString())
                .startsWith("Eindverantwoordelijk: Provincies; ondersteunend: Gemeenten");
    }

    @Test
    void aGemeenteWithoutARegionDoesARegionLedMeasureItself() {
        ProcessInstance instance = start(WOERDEN, "2.6");

        assertThat(instance.getTenantId()).isEqualTo(WOERDEN);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-aov-adviseur");
        assertThat(runtime.getVariable(instance.getId(), "rolverdeling").toString())
                .endsWith("Voor woerden is geen veiligheidsregio ingesteld, dus voert de gemeente de maatregel zelf uit.");
    }

    @Test
    void theBevoegdGezagOfPillarOneIsTheOneTheGemeenteChose() {
        ProcessInstance amersfoort = start(AMERSFOORT, "1.4");
        ProcessInstance utrecht = start(UTRECHT, "1.4");

        assertThat(runtime.getVariables(amersfoort.getId())).containsEntry("authority", "gemeentesecretaris")
                .containsEntry("authorityGroup", "weerbaar-gemeentesecretaris");
        assertThat(runtime.getVariables(utrecht.getId())).as("no choice: the first the catalog names")
                .containsEntry("authority", "wethouder").containsEntry("authorityGroup", "weerbaar-wethouder");
    }

    @Test
    void withoutRoutingEveryMeasureRunsInTheTenantItIsStartedFor() {
        ProcessInstance instance = new MeasureLifecycle(runtime).start(UTRECHT, "2.6");
        started.add(instance.getId());

        assertThat(instance.getTenantId()).isEqualTo(UTRECHT);
        assertThat(instance.getBusinessKey()).isEqualTo("utrecht:2.6");
    }

    @Test
    void withoutRoutingABulkStartRunsEveryMeasureInTheTenantItIsStartedFor() {
        List<MeasureLifecycle.Outcome> outcomes = new MeasureLifecycle(runtime).startAll(UTRECHT, List.of("2.6", "4.2"));
        outcomes.forEach(outcome -> started.add(outcome.instanceId()));

        assertThat(outcomes).extracting(MeasureLifecycle.Outcome::result)
                .containsExactly(MeasureLifecycle.Result.STARTED, MeasureLifecycle.Result.STARTED);
        assertThat(outcomes).extracting(MeasureLifecycle.Outcome::businessKey)
                .containsExactly("utrecht:2.6", "utrecht:4.2");
    }

    @Test
    void twoMembersStartingARegionLedMeasureAtTheSameMomentLeaveOneRegionalLifecycleServingBoth() throws Exception {
        for (int round = 0; round < 5; round++) {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<ProcessInstance>> outcomes;
            try {
                outcomes = pool.invokeAll(List.of(UTRECHT, AMERSFOORT).stream()
                        .map(gemeente -> (java.util.concurrent.Callable<ProcessInstance>) () -> {
                            together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            return lifecycles.start(gemeente, "5.3");
                        }).toList(), 60, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }

            List<ProcessInstance> running = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(MeasureProcess.KEY).list().stream()
                    .filter(instance -> instance.getBusinessKey().endsWith(":5.3")).toList();
            running.forEach(instance -> started.add(instance.getId()));
            assertThat(running).as("round %d", round).singleElement().satisfies(regional -> {
                assertThat(regional.getBusinessKey()).isEqualTo("vr-utrecht:5.3");
                assertThat(lifecycles.served(regional)).containsExactlyInAnyOrder(UTRECHT, AMERSFOORT);
            });
            String regional = running.get(0).getId();
            for (java.util.concurrent.Future<ProcessInstance> outcome : outcomes) {
                try {
                    assertThat(outcome.get().getId()).as("round %d: started or joined", round).isEqualTo(regional);
                } catch (java.util.concurrent.ExecutionException refused) {
                    // The other start won: the refusal names the region's lifecycle, or says it is being started.
                    assertThat(refused.getCause()).as("round %d", round)
                            .isInstanceOf(MeasureLifecycle.AlreadyStartedException.class);
                    String named = ((MeasureLifecycle.AlreadyStartedException) refused.getCause()).processInstanceId();
                    assertThat(named == null || named.equals(regional)).as("round %d: names %s", round, named)
                            .isTrue();
                }
            }
            assertThat(lifecycles.findActive(UTRECHT, "5.3")).get().extracting(ProcessInstance::getId)
                    .isEqualTo(regional);
            assertThat(lifecycles.findActive(AMERSFOORT, "5.3")).get().extracting(ProcessInstance::getId)
                    .isEqualTo(regional);
            runtime.deleteProcessInstance(regional, "next round");
        }
    }

    @Test
    void theRegionsLifecycleHoldsTheKeyOfEveryGemeenteItServesSoThatNoneStartsItsOwnMeanwhile() {
        ProcessInstance regional = start(UTRECHT, "2.6");
        // What a start in another transaction sees while amersfoort is being put on the region's lifecycle: not yet
        // among the served gemeenten. The start rule's look at them lets the start through; the key does not.
        runtime.setVariable(regional.getId(), MeasureVariables.SERVED_GEMEENTEN, new java.util.ArrayList<>(
                List.of(UTRECHT)));

        AlreadyRunningException refused = catchThrowableOfType(AlreadyRunningException.class,
                () -> started.add(ownStartByKey(AMERSFOORT, "2.6").getId()));

        assertThat(refused).isNotNull();
        assertThat(refused.runningInstanceId()).isEqualTo(regional.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("amersfoort:2.6").count()).isZero();

        runtime.deleteProcessInstance(regional.getId(), "ended");
        ProcessInstance own = ownStartByKey(AMERSFOORT, "2.6");
        started.add(own.getId());
        assertThat(own.getTenantId()).as("the region's lifecycle let go of the key when it ended")
                .isEqualTo(AMERSFOORT);
    }

    @Test
    void aGemeenteTakenOffTheRegionsLifecycleMayStartItsOwnAndOneWhoseOwnRunsIsNotPutOnIt() {
        ProcessInstance regional = start(UTRECHT, "2.6");
        lifecycles.leaveRegion(AMERSFOORT, "2.6");
        assertThat(lifecycles.served(regional)).containsExactly(UTRECHT);

        ProcessInstance own = ownStartByKey(AMERSFOORT, "2.6");
        started.add(own.getId());

        AlreadyRunningException refused = catchThrowableOfType(AlreadyRunningException.class,
                () -> lifecycles.joinRegion(AMERSFOORT, "2.6", VR_UTRECHT));
        assertThat(refused).isNotNull();
        assertThat(refused.runningInstanceId()).isEqualTo(own.getId());
        assertThat(lifecycles.served(regional)).containsExactly(UTRECHT);
    }

    @Test
    void aMemberWhoseOwnLifecycleRunsIsLeftOffTheRegionsNewLifecycleThatItAgreedTo() {
        ProcessInstance own = ownStartByKey(AMERSFOORT, "2.6");
        started.add(own.getId());

        ProcessInstance regional = start(UTRECHT, "2.6");

        assertThat(lifecycles.served(regional)).containsExactly(UTRECHT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(own.getId()).count()).isOne();
    }

    @Test
    void aRegionsLifecycleFromBeforeTheKeysGetsThemWhenTheEngineStarts() throws Exception {
        ProcessInstance regional = start(UTRECHT, "2.6");
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration();
        try (java.sql.Connection connection = configuration.getDataSource().getConnection();
             java.sql.PreparedStatement delete = connection.prepareStatement("DELETE FROM "
                     + configuration.getDatabaseTablePrefix() + "WEERBAAR_RUNNING_KEY WHERE PROC_INST_ID_ = ?"
                     + " AND TENANT_ID_ <> ?")) {
            delete.setString(1, regional.getId());
            delete.setString(2, VR_UTRECHT);
            assertThat(delete.executeUpdate()).as("the keys of utrecht and amersfoort").isEqualTo(2);
        }

        new MeasureProcess().reconcile(engine);

        // Past the start rule's look at the served gemeenten: the keys alone refuse.
        runtime.setVariable(regional.getId(), MeasureVariables.SERVED_GEMEENTEN, new java.util.ArrayList<>());
        for (String gemeente : List.of(UTRECHT, AMERSFOORT)) {
            AlreadyRunningException refused = catchThrowableOfType(AlreadyRunningException.class, () ->
                    started.add(ownStartByKey(gemeente, "2.6").getId()));
            assertThat(refused).as(gemeente).isNotNull();
            assertThat(refused.runningInstanceId()).as(gemeente).isEqualTo(regional.getId());
        }
    }

    @Test
    void aGemeentesOwnStartByKeyAndItsJoinOfTheRegionsLifecycleAtTheSameMomentLeaveOneLifecycleForIt()
            throws Exception {
        ProcessInstance regional = start(UTRECHT, "5.3");
        for (int round = 0; round < 5; round++) {
            lifecycles.leaveRegion(AMERSFOORT, "5.3");
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Callable<ProcessInstance>> both = List.of(
                    () -> {
                        together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        return ownStartByKey(AMERSFOORT, "5.3");
                    },
                    () -> {
                        together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        return lifecycles.joinRegion(AMERSFOORT, "5.3", VR_UTRECHT);
                    });
            List<java.util.concurrent.Future<ProcessInstance>> outcomes;
            try {
                outcomes = pool.invokeAll(both, 60, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            for (java.util.concurrent.Future<ProcessInstance> outcome : outcomes) {
                try {
                    outcome.get();
                } catch (java.util.concurrent.ExecutionException refused) {
                    // The other one won; what lost is refused, whole.
                }
            }

            List<ProcessInstance> own = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey("amersfoort:5.3").list();
            own.forEach(instance -> started.add(instance.getId()));
            boolean served = lifecycles.served(regional).contains(AMERSFOORT);
            assertThat(own.size() + (served ? 1 : 0)).as("round %d: amersfoort's own %s, served by the region %s",
                    round, own, served).isOne();
            own.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "next round"));
        }
    }

    @Test
    void aKeyHeldForAGemeenteTheRegionNoLongerServesIsLetGoWhenTheEngineStarts() {
        ProcessInstance regional = start(UTRECHT, "2.6");
        // Taken off by hand (or by a node of an earlier version): the key stays behind.
        runtime.setVariable(regional.getId(), MeasureVariables.SERVED_GEMEENTEN, new java.util.ArrayList<>(
                List.of(UTRECHT)));
        assertThatThrownBy(() -> started.add(ownStartByKey(AMERSFOORT, "2.6").getId()))
                .isInstanceOf(AlreadyRunningException.class);

        new MeasureProcess().reconcile(engine);

        ProcessInstance own = ownStartByKey(AMERSFOORT, "2.6");
        started.add(own.getId());
        assertThat(own.getTenantId()).isEqualTo(AMERSFOORT);
        assertThatThrownBy(() -> started.add(ownStartByKey(UTRECHT, "2.6").getId()))
                .as("the key of the gemeente it serves stays").isInstanceOf(AlreadyRunningException.class);
    }

    @Test
    void aRegionsLifecycleThatWouldServeNoneOfItsMembersBecauseEachRunsItsOwnIsNotStarted() {
        started.add(ownStartByKey(UTRECHT, "2.6").getId());
        started.add(ownStartByKey(AMERSFOORT, "2.6").getId());

        org.camunda.bpm.engine.ProcessEngineException refused = refusedStart("vr-utrecht:2.6", Map.of());

        assertThat(refused).hasMessage("Levenscyclus niet gestart: vr-utrecht voert maatregel 2.6 voor geen van haar"
                + " gemeenten uit: elke gemeente die afsprak dat de veiligheidsregio hem uitvoert (utrecht,"
                + " amersfoort), voert er zelf een levenscyclus van uit; er loopt er hooguit één per gemeente en"
                + " maatregel.");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("vr-utrecht:2.6").count()).isZero();
    }

    /** The gemeente's own lifecycle, started by business key with the engine's API, as engine REST starts it. */
    private ProcessInstance ownStartByKey(String gemeente, String ref) {
        return InstanceTenant.call(gemeente, () -> runtime.createProcessInstanceByKey(MeasureProcess.KEY)
                .processDefinitionWithoutTenantId().businessKey(MeasureLifecycle.businessKey(gemeente, ref))
                .execute());
    }

    private ProcessInstance start(String tenant, String ref) {
        ProcessInstance instance = lifecycles.start(tenant, ref);
        started.add(instance.getId());
        return instance;
    }
}
