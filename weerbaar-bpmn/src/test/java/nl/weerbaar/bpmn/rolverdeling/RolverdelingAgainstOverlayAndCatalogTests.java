package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.engine.ProcessDeployment;
import nl.weerbaar.bpmn.engine.WeerbaarEnginePlugin;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.OverlayLoader;
import nl.weerbaar.core.scenario.ScenarioLoader;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Recording a rolverdeling against what the gemeente's catalog and overlay hold: an agreement older than the one in
 * the overlay is refused (the newest agreement wins, so it would never hold), and a catalog without the gemeenten
 * or veiligheidsregio's party refuses that choice on the form. Its own engine, because the shared test engine's
 * catalogs hold no overlay agreement; no camunda-bpm-assert, whose static engine belongs to the shared one.
 */
class RolverdelingAgainstOverlayAndCatalogTests {

    private static final String UTRECHT = "utrecht";
    /** A gemeente following a small catalog whose only party is "gemeente", not "gemeenten". */
    private static final String ZEIST = "zeist";
    private static final String VR_UTRECHT = "vr-utrecht";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final EffectiveCatalog VNG = OverlayLoader.apply(CatalogLoader.vng2025(), List.of());
    private static final EffectiveCatalog UTRECHT_AGREED = OverlayLoader.apply(CatalogLoader.vng2025(),
            List.of(OverlayLoader.load(CatalogResource.text("utrecht.yaml", """
                    urn: urn:weerbaar:utrecht
                    title: Afspraken gemeente Utrecht
                    target: urn:weerbaar:vng-2025
                    measures:
                      - ref: "2.6"
                        rolverdeling:
                          responsible: veiligheidsregios
                          agreement:
                            date: 2026-01-15
                            reference: Convenant Utrecht-VRU 2026
                            confirmedByGemeente: 2026-01-16
                            confirmedByVeiligheidsregio: 2026-01-20
                    """))));
    private static final EffectiveCatalog SMALL = OverlayLoader.apply(CatalogLoader.load(CatalogResource.text(
            "test-2025.yaml", """
                    urn: urn:weerbaar:test-2025
                    version: 1
                    title: Testkader
                    publisher: Weerbaar
                    published: 2025-08-25
                    locale: nl
                    mostCrucialRanks: 1
                    pillars:
                      - number: 1
                        code: continuiteit
                        name: Continuïteit
                        authority: burgemeester
                    parties:
                      - code: gemeente
                        name: Gemeente
                    measures:
                      - urn: urn:weerbaar:test-2025:measure:1.1
                        ref: "1.1"
                        pillar: 1
                        rank: 1
                        mostCrucial: true
                        title: Kritieke processen in kaart
                        text: Breng de kritieke bedrijfsprocessen in kaart.
                        phases: [KOUDE]
                        responsible: [gemeente]
                        partners: []
                    """)), List.of());

    private static ProcessEngine engine;

    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final Rolverdelingen rolverdelingen = new Rolverdelingen(runtime);

    @BeforeAll
    static void startEngine() {
        Map<String, String> regions = new HashMap<>(Map.of(UTRECHT, VR_UTRECHT, ZEIST, VR_UTRECHT));
        WeerbaarComponents components = new WeerbaarComponents(
                tenant -> UTRECHT.equals(tenant) ? UTRECHT_AGREED : ZEIST.equals(tenant) ? SMALL : VNG,
                RoleMapping.defaults(), WeerbaarSettings.defaults().withZone(ZONE), ReminderSender.logging(),
                TenantDirectory.of(regions, Set.of(VR_UTRECHT)), ScenarioLoader.vng2025());
        List<ModelledProcess> processes = List.of(new RolverdelingProcess(),
                new RolverdelingRegioProcess());
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("weerbaar-rolverdeling-overlay-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:weerbaar-rolverdeling-overlay-tests;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setProcessEnginePlugins(List.of(WeerbaarEnginePlugin.standalone(processes, components)));
        engine = configuration.buildProcessEngine();
        ProcessDeployment.deploy(engine.getRepositoryService(), processes, null, "rolverdeling-overlay-tests");
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 2, 2).atTime(10, 0).atZone(ZONE).toInstant()));
    }

    @AfterEach
    void deleteInstancesAndResetTheClock() {
        runtime.createProcessInstanceQuery().list().forEach(instance -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
                runtime.deleteProcessInstance(instance.getId(), "test finished");
            }
        });
        ClockUtil.reset();
    }

    @Test
    void refusesAnAgreementDatedBeforeTheOverlaysAndTheTaskStays() {
        ProcessInstance recording = rolverdelingen.start(UTRECHT, "2.6");
        assertThat(runtime.getVariable(recording.getId(), "currentRolverdeling").toString())
                .startsWith("Eindverantwoordelijk: Veiligheidsregio's (uitvoering in vr-utrecht)");
        Map<String, Object> proposal = proposal("GEMEENTE", null, "2026-01-14");

        assertThat(refuse(recording, proposal)).containsExactly(new FormViolation("agreementDate",
                "Datum van de afspraak", "ligt vóór de afspraak die nu geldt: 'Convenant Utrecht-VRU 2026' van 15"
                + " januari 2026, in de overlay van utrecht; een nieuwe afspraak vervangt alleen een oudere. Geef de"
                + " datum waarop de afspraak gemaakt is, of pas eerst de nieuwere afspraak aan"));
        assertThat(task(recording).getTaskDefinitionKey()).isEqualTo(RolverdelingProcessModel.RECORD);
        assertThat(runtime.getVariables(recording.getId())).doesNotContainKeys("responsibleParty", "agreementDate");

        proposal.put("agreementDate", "2026-01-15");
        tasks.complete(task(recording).getId(), proposal);
        assertThat(task(recording).getTaskDefinitionKey()).as("an agreement of the overlay's day is taken")
                .isEqualTo(RolverdelingProcessModel.CONFIRM_GEMEENTE);
    }

    @Test
    void refusesTheGemeenteAsResponsibleWhenTheCatalogHasNoGemeentenParty() {
        ProcessInstance recording = rolverdelingen.start(ZEIST, "1.1");

        assertThat(refuse(recording, proposal("GEMEENTE", null, "2026-01-15"))).containsExactly(new FormViolation(
                "responsibleChoice", "Eindverantwoordelijk", "de catalogus van zeist kent geen partij 'gemeenten';"
                + " kies \"Een andere partij\" en noem die; kies uit gemeente"));
        assertThat(refuse(recording, proposal("VEILIGHEIDSREGIO", null, "2026-01-15"))).extracting(
                FormViolation::field, FormViolation::message).containsExactly(tuple(
                "responsibleChoice", "de catalogus van zeist kent geen partij 'veiligheidsregios'; kies \"Een andere"
                        + " partij\" en noem die; kies uit gemeente"));

        tasks.complete(task(recording).getId(), proposal("ANDERE_PARTIJ", "Gemeente", "2026-01-15"));
        assertThat(runtime.getVariable(recording.getId(), "responsibleParty")).isEqualTo("gemeente");
    }

    private Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** Completing the instance's task is refused by its form, and the task stays open. */
    private List<FormViolation> refuse(ProcessInstance instance, Map<String, Object> variables) {
        Task task = task(instance);
        ProcessEngineException failure = catchThrowableOfType(ProcessEngineException.class,
                () -> tasks.complete(task.getId(), variables));
        assertThat(failure).as("completing %s should be refused", task.getTaskDefinitionKey()).isNotNull();
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task stays open").isEqualTo(1);
        return FormValidationException.in(failure).orElseThrow().violations();
    }

    private static Map<String, Object> proposal(String responsible, String other, String date) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("responsibleChoice", responsible);
        proposal.put("otherParty", other);
        proposal.put("agreementDate", date);
        proposal.put("agreementReference", "AB-2026-04");
        return proposal;
    }
}
