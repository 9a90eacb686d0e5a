package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.engine.ProcessDeployment;
import nl.weerbaar.bpmn.engine.WeerbaarEnginePlugin;
import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.OverlayLoader;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static nl.weerbaar.bpmn.measure.MeasureProcessModel.EVIDENCE;
import static nl.weerbaar.bpmn.measure.MeasureProcessModel.EXECUTE;
import static nl.weerbaar.bpmn.measure.MeasureProcessModel.INTAKE;
import static nl.weerbaar.bpmn.measure.MeasureProcessModel.NOT_APPLICABLE_REVIEW;
import static nl.weerbaar.bpmn.measure.MeasureProcessModel.PLAN;
import static nl.weerbaar.bpmn.measure.MeasureProcessModel.REVIEW;
import static nl.weerbaar.bpmn.measure.MeasureProcessModel.RE_REVIEW;
import static nl.weerbaar.bpmn.measure.MeasureProcessModel.WAIT_FOR_RE_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running instances survive a new catalog version: a measure lifecycle started while the gemeente followed catalog
 * version 1 (kept as the test fixture {@code fixtures/vng-2025-v1.yaml}) keeps the values it copied at its start
 * and runs to its end once version 2, the shipped one, is loaded; lifecycles started afterwards get version 2's.
 * Its own engine, because the shared test engine's catalog cannot be swapped; no camunda-bpm-assert, whose
 * static engine belongs to the shared one.
 */
class CatalogVersionUpgradeTests {

    private static final String TENANT = "utrecht";
    private static final String OTHER_TENANT = "amersfoort";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Date START = Date.from(LocalDate.of(2026, 1, 5).atTime(10, 0).atZone(ZONE).toInstant());

    private static final EffectiveCatalog VERSION_1 = effective(CatalogLoader.load(
            CatalogResource.classpath("fixtures/vng-2025-v1.yaml")));
    private static final EffectiveCatalog VERSION_2 = effective(CatalogLoader.vng2025());
    /** What the gemeente follows now; the delegates read it at every call, as after a reload. */
    private static final AtomicReference<EffectiveCatalog> FOLLOWED = new AtomicReference<>(VERSION_1);

    private static ProcessEngine engine;

    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final MeasureLifecycle lifecycle = new MeasureLifecycle(runtime);

    @BeforeAll
    static void startEngine() {
        WeerbaarComponents components = new WeerbaarComponents(tenant -> FOLLOWED.get(), RoleMapping.defaults(),
                WeerbaarSettings.defaults().withZone(ZONE), ReminderSender.logging());
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("weerbaar-catalog-upgrade-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:weerbaar-catalog-upgrade-tests;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setProcessEnginePlugins(List.of(WeerbaarEnginePlugin.standalone(List.of(new MeasureProcess()),
                components)));
        engine = configuration.buildProcessEngine();
        // Only the lifecycle, once for both tenants: the test is about it, and every model costs start-up time.
        ProcessDeployment.deploy(engine.getRepositoryService(), List.of(new MeasureProcess()), null,
                "catalog-upgrade-tests");
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void followVersion1() {
        FOLLOWED.set(VERSION_1);
        ClockUtil.setCurrentTime(START);
    }

    @AfterEach
    void deleteInstancesAndResetTheClock() {
        runtime.createProcessInstanceQuery().list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test finished"));
        ClockUtil.reset();
    }

    @Test
    void comparesTwoVersionsThatDifferForTheMeasuresBelow() {
        assertThat(VERSION_1.catalog().version()).isEqualTo(1);
        assertThat(VERSION_2.catalog().version()).isEqualTo(2);
        assertThat(VERSION_1.get("5.5").partners()).isEmpty();
        assertThat(VERSION_2.get("5.5").partners()).isNotEmpty();
        assertThat(VERSION_1.get("6.1").measure().phases()).isNotEqualTo(VERSION_2.get("6.1").measure().phases());
        assertThat(VERSION_1.get("3.3").partnersKnown()).isTrue();
        assertThat(VERSION_2.get("3.3").partnersKnown()).isFalse();
    }

    @Test
    void lifecycleStartedUnderVersion1RunsToApprovalAndReReviewUnderVersion2() {
        ProcessInstance instance = lifecycle.start(TENANT, "5.5");
        Map<String, Object> copiedAtStart = runtime.getVariables(instance.getId());
        assertThat(copiedAtStart).containsEntry(MeasureVariables.PARTNERS, "–")
                .containsEntry(MeasureVariables.MEASURE_URN, "urn:weerbaar:vng-2025:measure:5.5");
        complete(instance, INTAKE, intake());

        FOLLOWED.set(VERSION_2);
        complete(instance, PLAN, Map.of(MeasureVariables.PLAN, "Trainingen met het Rode Kruis en de EHBO-vereniging."));
        complete(instance, EXECUTE, Map.of(MeasureVariables.EXECUTION_SUMMARY, "Drie trainingen gegeven."));
        complete(instance, EVIDENCE, Map.of(MeasureVariables.EVIDENCE_LINKS, "https://intranet.utrecht.nl/ehbo"));
        complete(instance, REVIEW, Map.of(MeasureVariables.REVIEW_DECISION, "GOEDGEKEURD"));
        assertThat(status(instance)).isEqualTo("AFGEROND");

        Job reReview = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(WAIT_FOR_RE_REVIEW).singleResult();
        ClockUtil.setCurrentTime(reReview.getDuedate());
        engine.getManagementService().executeJob(reReview.getId());
        complete(instance, RE_REVIEW, Map.of(MeasureVariables.RE_REVIEW_DECISION, "NOG_OP_ORDE"));

        assertThat(status(instance)).isEqualTo("AFGEROND");
        // What the instance showed from its start is what it still shows: version 1's reading of 5.5.
        Map<String, Object> now = runtime.getVariables(instance.getId());
        copiedAtStart.keySet().stream().filter(name -> !name.equals(MeasureVariables.STATUS)).forEach(name ->
                assertThat(now.get(name)).as("variable %s", name).isEqualTo(copiedAtStart.get(name)));
    }

    @Test
    void lifecycleStartedUnderVersion1EndsAsNotApplicableUnderVersion2() {
        ProcessInstance instance = lifecycle.start(TENANT, "6.1");
        assertThat(runtime.getVariable(instance.getId(), MeasureVariables.PHASES))
                .isEqualTo("Koude fase, Warme fase (> 72 uur)");

        FOLLOWED.set(VERSION_2);
        complete(instance, INTAKE, Map.of(MeasureVariables.APPLICABILITY, "NIET_VAN_TOEPASSING",
                MeasureVariables.NOT_APPLICABLE_REASON, "Verkiezingen lopen via de regio."));
        complete(instance, NOT_APPLICABLE_REVIEW, Map.of(MeasureVariables.NOT_APPLICABLE_DECISION, "GOEDGEKEURD"));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndTime()).isNotNull();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeasureVariables.STATUS).singleResult().getValue()).isEqualTo("NIET_VAN_TOEPASSING");
    }

    @Test
    void lifecycleStartedUnderVersion2GetsVersion2sValuesBesideOneStillOnVersion1() {
        ProcessInstance onVersion1 = lifecycle.start(TENANT, "5.5");

        FOLLOWED.set(VERSION_2);
        ProcessInstance onVersion2 = lifecycle.start(OTHER_TENANT, "5.5");
        ProcessInstance democracy = lifecycle.start(OTHER_TENANT, "6.1");

        assertThat(runtime.getVariable(onVersion1.getId(), MeasureVariables.PARTNERS)).isEqualTo("–");
        assertThat(runtime.getVariable(onVersion2.getId(), MeasureVariables.PARTNERS))
                .isEqualTo("Maatschappelijke organisaties, Veiligheidsregio's");
        assertThat(runtime.getVariable(onVersion2.getId(), MeasureVariables.MEASURE_URN))
                .isEqualTo(runtime.getVariable(onVersion1.getId(), MeasureVariables.MEASURE_URN));
        assertThat(runtime.getVariable(democracy.getId(), MeasureVariables.PHASES))
                .isEqualTo("Koude fase, Warme fase (< 72 uur), Warme fase (> 72 uur)");
        assertThat(List.of(onVersion1, onVersion2, democracy)).allSatisfy(instance ->
                assertThat(openTask(instance).getTaskDefinitionKey()).isEqualTo(INTAKE));
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        Task task = openTask(instance);
        assertThat(task.getTaskDefinitionKey()).as("open task of %s", instance.getBusinessKey()).isEqualTo(taskKey);
        tasks.complete(task.getId(), variables);
    }

    private Task openTask(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private String status(ProcessInstance instance) {
        return (String) runtime.getVariable(instance.getId(), MeasureVariables.STATUS);
    }

    private static Map<String, Object> intake() {
        return Map.of(MeasureVariables.APPLICABILITY, "VAN_TOEPASSING", MeasureVariables.OWNER, "utrecht.aov",
                MeasureVariables.DUE_DATE, "2026-03-01");
    }

    private static EffectiveCatalog effective(Catalog catalog) {
        return OverlayLoader.apply(catalog, List.of());
    }
}
