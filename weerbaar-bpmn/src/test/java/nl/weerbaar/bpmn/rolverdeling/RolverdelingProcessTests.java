package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.routing.Executor;
import nl.weerbaar.bpmn.routing.MeasureRoute;
import nl.weerbaar.bpmn.routing.RouteSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.TestEngine.AMERSFOORT;
import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.VR_UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.WOERDEN;
import static nl.weerbaar.bpmn.TestEngine.at;
import static nl.weerbaar.bpmn.rolverdeling.RolverdelingProcessModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * Drives every path of {@code weerbaar-rolverdeling} and {@code weerbaar-rolverdeling-regio}: recording, the
 * gemeente's and the region's confirmation in their own tenants (each may send it back), the agreement taking
 * effect and moving the measure's running lifecycle, a newer agreement replacing it, and every refusal.
 */
class RolverdelingProcessTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final HistoryService history = engine.getHistoryService();
    private final IdentityService identity = engine.getIdentityService();
    private final Rolverdelingen rolverdelingen = new Rolverdelingen(runtime);
    private final MeasureLifecycle lifecycles = new MeasureLifecycle(runtime, TestEngine.routes());

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(TODAY, 10));
    }

    @AfterEach
    void endEveryAgreementAndLifecycleOfTheTest() {
        identity.clearAuthentication();
        for (String tenant : List.of(UTRECHT, AMERSFOORT, VR_UTRECHT)) {
            runtime.createProcessInstanceQuery().tenantIdIn(tenant).list().forEach(instance -> {
                if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
                    runtime.deleteProcessInstance(instance.getId(), "test finished");
                }
            });
        }
    }

    @Test
    void theGemeenteRecordsItsBevoegdGezagAndThenTheRegionConfirmAndTheMeasureGoesToTheRegion() {
        ProcessInstance own = lifecycles.start(UTRECHT, "2.2");
        assertThat(own.getTenantId()).as("the catalog gives 2.2 to the gemeente").isEqualTo(UTRECHT);
        ProcessInstance agreement = start(UTRECHT, "2.2");

        assertThat(agreement).isWaitingAt(RECORD).hasBusinessKey("utrecht:rolverdeling:2.2");
        assertThat(candidateGroups(task(agreement))).containsExactly("weerbaar-aov-adviseur");
        assertThat(runtime.getVariables(agreement.getId())).containsEntry("rolverdelingStatus", "VASTLEGGEN")
                .containsEntry("regionTenant", VR_UTRECHT)
                .containsEntry("measureTitle", "Noodsteunpunten inrichten met veiligheidsregio's")
                .containsEntry("currentRolverdeling", "Eindverantwoordelijk: Gemeenten; ondersteunend: Veiligheidsregio's,"
                        + " Maatschappelijke partners; zoals de handreiking het noemt, zonder lokale afspraak");
        complete(agreement, proposal("VEILIGHEIDSREGIO", null, "gemeenten, GHOR"));

        assertThat(agreement).isWaitingAt(CONFIRM_GEMEENTE);
        assertThat(candidateGroups(task(agreement))).as("the bevoegd gezag of pillar 2")
                .containsExactly("weerbaar-burgemeester");
        assertThat(runtime.getVariables(agreement.getId())).containsEntry("responsibleParty", "veiligheidsregios")
                .containsEntry("supportingParties", "gemeenten,ghor")
                .containsEntry("proposedRolverdeling", "Eindverantwoordelijk: Veiligheidsregio's; ondersteunend:"
                        + " Gemeenten, GHOR; afspraak 'AB-2026-04' van 15 januari 2026")
                .containsEntry("rolverdelingStatus", "BEVESTIGING_GEMEENTE");
        asUser("utrecht.burgemeester", UTRECHT, () -> complete(agreement, Map.of("gemeenteDecision", "BEVESTIGD")));

        assertThat(agreement).isWaitingAt(CONFIRM_REGION);
        assertThat(runtime.getVariables(agreement.getId())).containsEntry("confirmedByGemeente", at(TODAY, 10))
                .containsEntry("confirmedByGemeenteUser", "utrecht.burgemeester")
                .containsEntry("rolverdelingStatus", "BEVESTIGING_VEILIGHEIDSREGIO");
        Task region = regionTask(agreement);
        assertThat(region.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(candidateGroups(region)).containsExactly("weerbaar-veiligheidsregio-bestuur");
        assertThat(tasks.getVariables(region.getId())).containsEntry("gemeente", UTRECHT)
                .containsEntry("measureRef", "2.2")
                .containsEntry("proposedRolverdeling", runtime.getVariable(agreement.getId(), "proposedRolverdeling"));
        ClockUtil.setCurrentTime(at(TODAY.plusDays(3), 14));
        // The region's bestuur works in its own tenant only; the agreement takes effect in the gemeente's.
        asUser("vr-utrecht.ab", VR_UTRECHT, () -> tasks.complete(region.getId(), Map.of("regionDecision", "BEVESTIGD",
                "regionReference", "DB-2026-11")));

        assertThat(agreement).isWaitingAt(REPLACED).hasPassed(IN_FORCE);
        Map<String, Object> variables = runtime.getVariables(agreement.getId());
        assertThat(variables).containsEntry("rolverdelingStatus", "VAN_KRACHT")
                .containsEntry("confirmedByVeiligheidsregio", at(TODAY.plusDays(3), 14))
                .containsEntry("confirmedByVeiligheidsregioUser", "vr-utrecht.ab")
                .containsEntry("regionReference", "DB-2026-11");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(own.getId()).count())
                .as("the gemeente's own lifecycle ended").isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(own.getId()).singleResult()
                .getDeleteReason()).isEqualTo("Overgedragen aan vr-utrecht volgens de rolverdeling 'AB-2026-04'"
                + " (stond op INTAKE)");
        ProcessInstance regional = lifecycles.findActive(UTRECHT, "2.2").orElseThrow();
        assertThat(regional.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(regional.getBusinessKey()).isEqualTo("vr-utrecht:2.2");
        assertThat(lifecycles.served(regional)).containsExactly(UTRECHT);
        assertThat(variables.get("handoverResult")).isEqualTo("De levensloop van maatregel 2.2 in utrecht is"
                + " beëindigd en overgedragen: vr-utrecht voert de maatregel nu voor utrecht uit (procesinstantie "
                + regional.getId() + ").");
        assertThat(runtime.getVariable(regional.getId(), "rolverdeling")).isEqualTo("Uitgevoerd door de"
                + " veiligheidsregio voor: utrecht (afspraak 'AB-2026-04' van 15 januari 2026)");
        assertThat(candidateGroups(task(regional))).containsExactly("weerbaar-veiligheidsregio");

        MeasureRoute route = TestEngine.routes().route(runtime, UTRECHT, "2.2");
        assertThat(route.source()).isEqualTo(RouteSource.PROCES);
        assertThat(route.executor()).isEqualTo(Executor.VEILIGHEIDSREGIO);
        assertThat(route.agreement().confirmedByVeiligheidsregio()).isEqualTo(TODAY.plusDays(3));
        assertThat(TestEngine.routes().route(runtime, AMERSFOORT, "2.2").executor()).isEqualTo(Executor.GEMEENTE);
    }

    @Test
    void whenTheGemeenteDoesNotConfirmItIsRecordedAgainWithTheReasonShown() {
        ProcessInstance agreement = start(UTRECHT, "3.1");
        complete(agreement, proposal("VEILIGHEIDSREGIO", null, null));
        assertThat(candidateGroups(task(agreement))).as("the bevoegd gezag of pillar 3")
                .containsExactly("weerbaar-wethouder");

        complete(agreement, Map.of("gemeenteDecision", "AFGEWEZEN", "gemeenteComment",
                "De aggregaten zijn van de gemeente; de regio ondersteunt."));

        assertThat(agreement).isWaitingAt(RECORD);
        assertThat(runtime.getVariables(agreement.getId())).containsEntry("rolverdelingStatus", "VASTLEGGEN")
                .containsEntry("gemeenteComment", "De aggregaten zijn van de gemeente; de regio ondersteunt.");
        complete(agreement, proposal("GEMEENTE", null, "veiligheidsregios"));
        assertThat(agreement).isWaitingAt(CONFIRM_GEMEENTE);
        assertThat(runtime.getVariables(agreement.getId())).doesNotContainKeys("gemeenteDecision", "gemeenteComment");
    }

    @Test
    void whenTheRegionDoesNotConfirmItIsRecordedAgainAndConfirmedAnew() {
        ProcessInstance agreement = start(AMERSFOORT, "5.3");
        complete(agreement, proposal("GEMEENTE", null, "veiligheidsregios"));
        complete(agreement, Map.of("gemeenteDecision", "BEVESTIGD"));

        tasks.complete(regionTask(agreement).getId(), Map.of("regionDecision", "AFGEWEZEN", "regionComment",
                "De regio organiseert de brede oefening voor alle gemeenten."));

        assertThat(agreement).isWaitingAt(RECORD);
        assertThat(runtime.getVariables(agreement.getId())).containsEntry("regionComment",
                "De regio organiseert de brede oefening voor alle gemeenten.").containsEntry("regionDecision", "AFGEWEZEN");
        complete(agreement, proposal("VEILIGHEIDSREGIO", null, "gemeenten, maatschappelijke partners"));
        complete(agreement, Map.of("gemeenteDecision", "BEVESTIGD"));
        assertThat(agreement).isWaitingAt(CONFIRM_REGION);
        assertThat(runtime.getVariables(agreement.getId())).doesNotContainKeys("regionDecision", "regionComment");
        tasks.complete(regionTask(agreement).getId(), Map.of("regionDecision", "BEVESTIGD"));
        assertThat(agreement).isWaitingAt(REPLACED);
        assertThat(runtime.getVariable(agreement.getId(), "handoverResult")).isEqualTo("Maatregel 5.3 loopt nog niet"
                + " voor amersfoort; als de levensloop start, voert vr-utrecht hem uit.");
        assertThat(runtime.getVariable(agreement.getId(), "supportingParties"))
                .isEqualTo("gemeenten,maatschappelijke-partners");
    }

    @Test
    void aNewerAgreementReplacesTheOneInForceAndGivesTheMeasureBackToTheGemeente() {
        ProcessInstance first = inForce(UTRECHT, "2.7", proposal("VEILIGHEIDSREGIO", null, null));
        ProcessInstance regional = lifecycles.start(UTRECHT, "2.7");
        assertThat(regional.getTenantId()).isEqualTo(VR_UTRECHT);

        ProcessInstance second = inForce(UTRECHT, "2.7", proposal("GEMEENTE", null, "veiligheidsregios"));

        assertThat(first).isEnded().hasPassed(REPLACED, END_REPLACED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(first.getId())
                .variableName("rolverdelingStatus").singleResult().getValue()).isEqualTo("VERVANGEN");
        ProcessInstance own = lifecycles.findActive(UTRECHT, "2.7").orElseThrow();
        assertThat(own.getTenantId()).isEqualTo(UTRECHT);
        assertThat(lifecycles.served(regional)).isEmpty();
        assertThat(runtime.getVariable(second.getId(), "handoverResult")).isEqualTo("utrecht staat niet meer op de"
                + " levensloop van vr-utrecht; de gemeente voert maatregel 2.7 nu zelf uit (procesinstantie "
                + own.getId() + "). vr-utrecht voert de maatregel voor geen gemeente meer uit; beëindig die levensloop"
                + " als de regio hem niet zelf houdt.");
        assertThat(runtime.getVariable(own.getId(), "rolverdeling").toString()).startsWith("Eindverantwoordelijk:"
                + " Gemeenten; ondersteunend: Veiligheidsregio's; afspraak 'AB-2026-04'");
        assertThat(TestEngine.routes().route(runtime, UTRECHT, "2.7").executor()).isEqualTo(Executor.GEMEENTE);
    }

    @Test
    void anotherPartyCanBeEindverantwoordelijkByCodeOrName() {
        ProcessInstance agreement = start(UTRECHT, "3.9");

        complete(agreement, proposal("ANDERE_PARTIJ", "Provincies", "Gemeenten; vervoerspartners"));

        assertThat(runtime.getVariables(agreement.getId())).containsEntry("responsibleParty", "provincies")
                .containsEntry("supportingParties", "gemeenten,vervoerspartners");
    }

    @Test
    void refusesPartiesTheCatalogDoesNotKnowTheResponsiblePartyAmongTheSupportingOnesAndAFutureAgreement() {
        ProcessInstance agreement = start(UTRECHT, "3.9");
        Task record = task(agreement);
        Map<String, Object> unknownOther = proposal("ANDERE_PARTIJ", "NS", "gemeenten, stadswacht, buurtbus");
        unknownOther.put("agreementDate", "2026-02-03");

        List<FormViolation> violations = refuse(record, unknownOther).violations();

        String parties = "kies uit gemeenten, veiligheidsregios, maatschappelijke-partners";
        assertThat(violations).extracting(FormViolation::field).containsExactly("otherParty", "supportingEntered",
                "agreementDate");
        assertThat(violations.get(0).message()).startsWith("de catalogus van utrecht kent geen partij 'NS'; " + parties);
        assertThat(violations.get(1).message()).startsWith("de catalogus van utrecht kent de partijen niet:"
                + " 'stadswacht', 'buurtbus'; " + parties);
        assertThat(violations.get(2).message()).isEqualTo("ligt in de toekomst; leg een afspraak vast als zij"
                + " gemaakt is");
        assertThat(refuse(record, proposal("GEMEENTE", null, "Gemeenten")).violations()).containsExactly(
                new FormViolation("supportingEntered", "Ondersteunende partijen",
                        "Gemeenten is eindverantwoordelijk en kan niet ook ondersteunen"));
        assertThat(refuse(record, proposal("ANDERE_PARTIJ", null, null)).violations()).containsExactly(
                new FormViolation("otherParty", "Andere partij", "is verplicht als een andere partij"
                        + " eindverantwoordelijk is"));
        assertThat(runtime.getVariables(agreement.getId())).doesNotContainKeys("responsibleParty", "agreementDate");
    }

    @Test
    void refusesAConfirmationThatIsNotGivenWithoutSayingWhy() {
        ProcessInstance agreement = start(UTRECHT, "3.9");
        complete(agreement, proposal("GEMEENTE", null, null));

        assertThat(refuse(task(agreement), Map.of("gemeenteDecision", "AFGEWEZEN")).violations()).containsExactly(
                new FormViolation("gemeenteComment", "Toelichting", "is verplicht als u niet bevestigt: wat moet er"
                        + " anders"));
        complete(agreement, Map.of("gemeenteDecision", "BEVESTIGD"));
        assertThat(refuse(regionTask(agreement), Map.of("regionDecision", "AFGEWEZEN")).violations())
                .extracting(FormViolation::field).containsExactly("regionComment");
    }

    @Test
    void refusesToStartWithoutAMeasureOfTheCatalogARegionOrWhileAnotherAgreementIsBeingRecorded() {
        ProcessInstance recording = start(UTRECHT, "4.1");

        assertThat(refuseStart(UTRECHT, "4.1")).hasMessageContaining("Rolverdeling niet gestart: voor maatregel 4.1"
                + " wordt al een afspraak vastgelegd (procesinstantie " + recording.getId() + ")");
        assertThat(refuseStart(UTRECHT, "9.9")).isInstanceOf(StartRefusedException.class).hasMessage("Rolverdeling"
                + " niet gestart: maatregel 9.9 staat niet in de catalogus van utrecht.");
        assertThat(refuseStart(VR_UTRECHT, "4.1")).isInstanceOf(StartRefusedException.class).hasMessage("Rolverdeling"
                + " niet gestart: vr-utrecht is een veiligheidsregio; een rolverdeling legt de gemeente vast, in haar"
                + " eigen omgeving, en de regio bevestigt haar.");
        assertThat(refuseStart(WOERDEN, "4.1")).isInstanceOf(StartRefusedException.class).hasMessage("Rolverdeling"
                + " niet gestart: voor woerden is geen veiligheidsregio ingesteld om de afspraak mee te maken"
                + " (weerbaar.tenants[].region).");
        assertThat(catchThrowableOfType(StartRefusedException.class, () -> engineStart(UTRECHT,
                Map.of("measureRef", " "), null))).as("through the engine's API, as engine REST starts it")
                .hasMessage("Rolverdeling niet gestart: geef de maatregel mee in de variabele 'measureRef', bijv."
                        + " \"2.6\".");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RolverdelingProcess.KEY)
                .tenantIdIn(VR_UTRECHT, WOERDEN).count()).as("a refused start creates nothing").isZero();
    }

    @Test
    void aMeasureRefWithSurroundingSpacesIsRecordedAndKeyedWithoutThem() {
        ProcessInstance recording = engineStart(UTRECHT, Map.of("measureRef", " 2.6 "), null);

        assertThat(recording).hasBusinessKey("utrecht:rolverdeling:2.6").isWaitingAt(RECORD);
        assertThat(runtime.getVariables(recording.getId())).containsEntry("measureRef", "2.6")
                .containsEntry("measureTitle", "Alternatieve en analoge communicatiemiddelen");
        assertThat(refuseStart(UTRECHT, " 2.6 ")).hasMessage("Rolverdeling niet gestart: voor maatregel 2.6 wordt al"
                + " een afspraak vastgelegd (procesinstantie " + recording.getId() + ")");
        assertThat(catchThrowableOfType(StartRefusedException.class, () -> engineStart(UTRECHT,
                Map.of("measureRef", " 9.9 "), null))).hasMessage("Rolverdeling niet gestart: maatregel 9.9 staat niet"
                + " in de catalogus van utrecht.");
    }

    @Test
    void refusesAnAgreementDatedBeforeTheOneInForceWhichWouldNeverHoldAndTheTaskStays() {
        inForce(UTRECHT, "2.8", proposal("VEILIGHEIDSREGIO", null, null));
        ProcessInstance older = start(UTRECHT, "2.8");
        Map<String, Object> proposal = proposal("GEMEENTE", null, null);
        proposal.put("agreementDate", "2026-01-14");
        proposal.put("agreementReference", "AB-2025-31");

        assertThat(refuse(task(older), proposal).violations()).containsExactly(new FormViolation("agreementDate",
                "Datum van de afspraak", "ligt vóór de afspraak die nu geldt: 'AB-2026-04' van 15 januari 2026,"
                + " vastgelegd in weerbaar-rolverdeling; een nieuwe afspraak vervangt alleen een oudere. Geef de datum"
                + " waarop de afspraak gemaakt is, of pas eerst de nieuwere afspraak aan"));
        assertThat(runtime.getVariables(older.getId())).doesNotContainKeys("responsibleParty", "agreementDate");
        assertThat(TestEngine.routes().route(runtime, UTRECHT, "2.8").executor()).isEqualTo(Executor.VEILIGHEIDSREGIO);

        proposal.put("agreementDate", "2026-01-15");
        complete(older, proposal);
        assertThat(older).as("an agreement of the same day replaces the one in force").isWaitingAt(CONFIRM_GEMEENTE);
    }

    @Test
    void anAgreementRecordedWhileAnotherIsInForceMayBeRecordedAndTheOldOneHoldsUntilItTakesEffect() {
        ProcessInstance first = inForce(AMERSFOORT, "4.2", proposal("VEILIGHEIDSREGIO", null, null));

        ProcessInstance second = start(AMERSFOORT, "4.2");

        assertThat(second).isWaitingAt(RECORD);
        assertThat(runtime.getVariable(second.getId(), "currentRolverdeling").toString())
                .startsWith("Eindverantwoordelijk: Veiligheidsregio's (uitvoering in vr-utrecht)");
        assertThat(first).isWaitingAt(REPLACED);
        assertThat(TestEngine.routes().route(runtime, AMERSFOORT, "4.2").executor())
                .isEqualTo(Executor.VEILIGHEIDSREGIO);
    }

    @Test
    void theEngineKeepsOneAgreementBeingRecordedAndOneInForcePerGemeenteAndMeasure() {
        ProcessInstance first = inForce(AMERSFOORT, "4.3", proposal("VEILIGHEIDSREGIO", null, null));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(first.getId()).singleResult())
                .hasBusinessKey("amersfoort:rolverdeling:4.3:van-kracht");

        ProcessInstance second = engineStart(AMERSFOORT, Map.of("measureRef", "4.3"), null);
        assertThat(second).hasBusinessKey("amersfoort:rolverdeling:4.3").isWaitingAt(RECORD);
        assertThat(catchThrowableOfType(nl.weerbaar.bpmn.engine.AlreadyRunningException.class,
                () -> engineStart(AMERSFOORT, Map.of("measureRef", "4.3"), null)).runningInstanceId())
                .isEqualTo(second.getId());
        assertThat(catchThrowableOfType(ProcessEngineException.class, () -> engineStart(AMERSFOORT,
                Map.of("measureRef", "4.3"), "amersfoort:rolverdeling:4.3:van-kracht"))).hasMessage("Rolverdeling niet"
                + " gestart: de business key is 'amersfoort:rolverdeling:4.3', niet"
                + " 'amersfoort:rolverdeling:4.3:van-kracht'; laat hem weg of geef 'amersfoort:rolverdeling:4.3'.");

        complete(second, proposal("GEMEENTE", null, null));
        complete(second, Map.of("gemeenteDecision", "BEVESTIGD"));
        tasks.complete(regionTask(second).getId(), Map.of("regionDecision", "BEVESTIGD"));
        assertThat(first).isEnded();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(second.getId()).singleResult())
                .hasBusinessKey("amersfoort:rolverdeling:4.3:van-kracht");
        assertThat(engineStart(AMERSFOORT, Map.of("measureRef", "4.3"), null)).isWaitingAt(RECORD);
    }

    @Test
    void theRegionsConfirmationStartsOnlyFromTheGemeentesRecording() {
        ProcessEngineException refused = catchThrowableOfType(ProcessEngineException.class, () -> InstanceTenant.call(VR_UTRECHT, () -> runtime
                .createProcessInstanceByKey(RolverdelingRegioProcess.KEY).processDefinitionWithoutTenantId()
                .setVariables(Map.of("gemeente", UTRECHT, "measureRef", "2.6")).execute()));

        assertThat(refused).hasMessage("Bevestiging niet gestart: de veiligheidsregio bevestigt de rolverdeling die"
                + " een gemeente vastlegt; deze stap start vanuit weerbaar-rolverdeling, niet los.");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RolverdelingRegioProcess.KEY).count())
                .isZero();
    }

    /** Started through the engine's own API, as engine REST starts it. */
    private ProcessInstance engineStart(String gemeente, Map<String, Object> variables, String businessKey) {
        ProcessInstance instance = InstanceTenant.call(gemeente, () -> runtime.createProcessInstanceByKey(RolverdelingProcess.KEY)
                .processDefinitionWithoutTenantId().businessKey(businessKey).setVariables(variables).execute());
        started.add(instance.getId());
        return instance;
    }

    private ProcessInstance start(String gemeente, String ref) {
        ProcessInstance instance = rolverdelingen.start(gemeente, ref);
        started.add(instance.getId());
        return instance;
    }

    private ProcessEngineException refuseStart(String gemeente, String ref) {
        ProcessEngineException refused = catchThrowableOfType(ProcessEngineException.class,
                () -> start(gemeente, ref));
        assertThat(refused).as("start for %s of %s should be refused", gemeente, ref).isNotNull();
        return refused;
    }

    /** Recorded and confirmed by both parties. */
    private ProcessInstance inForce(String gemeente, String ref, Map<String, Object> proposal) {
        ProcessInstance agreement = start(gemeente, ref);
        complete(agreement, proposal);
        complete(agreement, Map.of("gemeenteDecision", "BEVESTIGD"));
        tasks.complete(regionTask(agreement).getId(), Map.of("regionDecision", "BEVESTIGD"));
        assertThat(agreement).isWaitingAt(REPLACED);
        return agreement;
    }

    private Task regionTask(ProcessInstance agreement) {
        ProcessInstance regional = runtime.createProcessInstanceQuery().superProcessInstanceId(agreement.getId())
                .singleResult();
        assertThat(regional.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(regional.getBusinessKey()).startsWith("vr-utrecht:rolverdeling:");
        return tasks.createTaskQuery().processInstanceId(regional.getId()).singleResult();
    }

    private void asUser(String user, String tenant, Runnable work) {
        identity.setAuthentication(user, List.of(), List.of(tenant));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Map<String, Object> proposal(String responsible, String other, String supporting) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("responsibleChoice", responsible);
        proposal.put("otherParty", other);
        proposal.put("supportingEntered", supporting);
        proposal.put("agreementDate", "2026-01-15");
        proposal.put("agreementReference", "AB-2026-04");
        return proposal;
    }
}
