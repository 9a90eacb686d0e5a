package nl.weerbaar.bpmn.zienswijze;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.TestEngine.AMERSFOORT;
import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.VR_UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.at;
import static nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessTests.ZIENSWIJZE;
import static nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessTests.analyse;
import static nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessTests.decide;
import static nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessTests.propose;
import static nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessTests.raadsvoorstel;
import static nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessTests.send;
import static nl.weerbaar.bpmn.zienswijze.ZienswijzeRegioProcessModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * Drives {@code weerbaar-zienswijze-regio} with the gemeenten's processes it starts in their own tenants: the
 * whole cross-tenant cycle, the late kaders warning, a cycle without zienswijzen, the escalation and the
 * 15 September cap for Gedeputeerde Staten, and every refused form and start.
 */
class ZienswijzeRegioProcessTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private static final String REASONS = "De meldkamer is wettelijk verplicht; de stijging blijft, maar wordt over"
            + " twee jaar gespreid.";

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private final HistoryService history = engine.getHistoryService();

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 1, 12), 10));
    }


    @Test
    void runsTheWholeCycleWithEachGemeenteInItsOwnTenant() {
        ProcessInstance region = start(UTRECHT, AMERSFOORT);

        assertThat(region).isWaitingAt(KADERS).hasBusinessKey("vr-utrecht:zienswijze:2027");
        Task kaders = task(region);
        assertThat(kaders.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(kaders.getDueDate()).isEqualTo(at(LocalDate.of(2026, 4, 30), 0));
        assertThat(candidateGroups(kaders)).containsExactly("weerbaar-veiligheidsregio");
        tasks.complete(kaders.getId(), Map.of("kadersSentOn", "2026-04-14"));
        assertThat(runtime.getVariables(region.getId())).containsEntry("kadersLate", false)
                .containsEntry("kadersWarning", null);
        assertThat(region).isWaitingAt(DRAFT_BUDGET);
        assertThat(candidateGroups(task(region))).containsExactly("weerbaar-veiligheidsregio");
        tasks.complete(task(region).getId(), Map.of("draftBudgetSentOn", "2026-04-14",
                "draftBudgetLink", "https://vru.nl/ontwerpbegroting-2027"));
        assertThat(runtime.getVariable(region.getId(), "zienswijzeDeadline"))
                .isEqualTo(at(LocalDate.of(2026, 7, 7), 0));

        assertThat(region).isWaitingAt(GEMEENTEN);
        ProcessInstance utrecht = child(region, UTRECHT);
        ProcessInstance amersfoort = child(region, AMERSFOORT);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(region.getId()).count()).isEqualTo(2);
        assertThat(utrecht).hasBusinessKey("utrecht:zienswijze:2027").isWaitingAt(
                ZienswijzeGemeenteProcessModel.ANALYSIS);
        assertThat(amersfoort).hasBusinessKey("amersfoort:zienswijze:2027").isWaitingAt(
                ZienswijzeGemeenteProcessModel.ANALYSIS);
        // One definition for all tenants (ADR 14); each gemeente's instance is its own.
        assertThat(definitionTenant(utrecht)).isNull();
        assertThat(utrecht.getTenantId()).isEqualTo(UTRECHT);
        assertThat(amersfoort.getTenantId()).isEqualTo(AMERSFOORT);
        assertThat(task(utrecht).getTenantId()).isEqualTo(UTRECHT);
        assertThat(task(amersfoort).getTenantId()).isEqualTo(AMERSFOORT);
        assertThat(runtime.getVariables(utrecht.getId())).containsEntry("gemeente", UTRECHT)
                .containsEntry("budgetYear", 2027).containsEntry("regionName", "Veiligheidsregio Utrecht")
                .containsEntry("zienswijzeDeadline", at(LocalDate.of(2026, 7, 7), 0))
                .containsEntry("draftBudgetLink", "https://vru.nl/ontwerpbegroting-2027");

        submitZienswijze(utrecht);
        assertThat(utrecht).isEnded();
        assertThat(region).isWaitingAt(GEMEENTEN);
        assertThat(outcomes(region)).containsExactly(entry(UTRECHT, ZIENSWIJZE));

        Job termEnds = management.createJobQuery().processInstanceId(amersfoort.getId())
                .activityId(ZienswijzeGemeenteProcessModel.TERM_EXPIRED).singleResult();
        assertThat(termEnds.getTenantId()).isEqualTo(AMERSFOORT);
        assertThat(termEnds.getDuedate()).isEqualTo(at(LocalDate.of(2026, 7, 8), 0));
        ClockUtil.setCurrentTime(termEnds.getDuedate());
        management.executeJob(termEnds.getId());
        assertThat(amersfoort).isEnded().hasPassed(ZienswijzeGemeenteProcessModel.END_TERM_EXPIRED);

        assertThat(region).isWaitingAt(ANSWER).hasPassed(GEMEENTEN);
        assertThat(outcomes(region)).containsExactly(entry(UTRECHT, ZIENSWIJZE),
                entry(AMERSFOORT, "geen zienswijze ingediend"));
        assertThat(runtime.getVariable(region.getId(), "zienswijzeGemeenten")).isEqualTo(List.of(UTRECHT));
        Task answer = task(region);
        assertThat(answer.getName()).isEqualTo("Zienswijze gemotiveerd beantwoorden: utrecht");
        assertThat(answer.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(candidateGroups(answer)).containsExactly("weerbaar-veiligheidsregio");
        assertThat(tasks.getVariable(answer.getId(), "gemeente")).isEqualTo(UTRECHT);
        assertThat(tasks.getVariable(answer.getId(), "submittedZienswijze")).isEqualTo(ZIENSWIJZE);
        tasks.complete(answer.getId(), Map.of("answerDecision", "GEDEELTELIJK_OVERGENOMEN",
                "answerReasons", REASONS));

        assertThat(region).isWaitingAt(ADOPT);
        tasks.complete(task(region).getId(), Map.of("adoptionDate", "2026-07-09"));
        assertThat(region).isWaitingAt(TO_PROVINCE);
        Task toProvince = task(region);
        assertThat(toProvince.getName()).isEqualTo("Begroting naar Gedeputeerde Staten sturen");
        assertThat(toProvince.getDueDate()).isEqualTo(at(LocalDate.of(2026, 7, 23), 0));
        tasks.complete(toProvince.getId(), Map.of("budgetSentToProvinceOn", "2026-07-16"));

        assertThat(region).isEnded().hasPassed(END).hasNotPassed(ESCALATION);
        assertThat(historic(region, "zienswijzeAnswers")).isEqualTo(Map.of(UTRECHT, REASONS));
        assertThat(historic(region, "zienswijzeAnswerDecisions")).isEqualTo(Map.of(UTRECHT,
                "GEDEELTELIJK_OVERGENOMEN"));
        assertThat(historic(region, "budgetToProvinceOverdue")).isEqualTo(false);
    }

    @Test
    void answersEveryZienswijzeSeparatelyAndRefusesAnAnswerWithoutReasons() {
        ProcessInstance region = startAndSendDraft(UTRECHT, AMERSFOORT);
        submitZienswijze(child(region, UTRECHT));
        submitZienswijze(child(region, AMERSFOORT));
        assertThat(region).isWaitingAt(ANSWER);
        Map<String, Task> answers = new HashMap<>();
        tasks.createTaskQuery().processInstanceId(region.getId()).list()
                .forEach(t -> answers.put((String) tasks.getVariable(t.getId(), "gemeente"), t));
        assertThat(answers).containsOnlyKeys(UTRECHT, AMERSFOORT);
        // As Tasklist submits a Camunda Form: through the task, not straight onto the execution.
        engine.getFormService().submitTaskForm(answers.get(UTRECHT).getId(), Map.of("answerDecision", "OVERGENOMEN",
                "answerReasons", "Bijdrage volgt de index."));

        FormValidationException refused = refuse(answers.get(AMERSFOORT), Map.of("answerDecision",
                "NIET_OVERGENOMEN", "answerReasons", "  "));

        assertThat(refused.violations()).containsExactly(new FormViolation("answerReasons", "Motivering",
                "is verplicht: het bestuur beantwoordt elke zienswijze gemotiveerd"));
        assertThat(refuse(answers.get(AMERSFOORT), Map.of()).violations()).extracting(FormViolation::field)
                .as("the other gemeente's answer does not count for this one")
                .containsExactly("answerDecision", "answerReasons");
        assertThat(region).isWaitingAt(ANSWER);
        tasks.complete(answers.get(AMERSFOORT).getId(), Map.of("answerDecision", "NIET_OVERGENOMEN",
                "answerReasons", REASONS));
        assertThat(region).isWaitingAt(ADOPT);
        assertThat(runtime.getVariable(region.getId(), "zienswijzeAnswers")).isEqualTo(Map.of(
                UTRECHT, "Bijdrage volgt de index.", AMERSFOORT, REASONS));
        assertThat(runtime.getVariable(region.getId(), "zienswijzeAnswerDecisions")).isEqualTo(Map.of(
                UTRECHT, "OVERGENOMEN", AMERSFOORT, "NIET_OVERGENOMEN"));
    }

    @Test
    void goesStraightToAdoptionWhenNoRaadSubmittedAZienswijze() {
        ProcessInstance region = InstanceTenant.call(VR_UTRECHT, () -> runtime.createProcessInstanceByKey(ZienswijzeRegioProcess.KEY)
                .processDefinitionWithoutTenantId()
                .setVariables(Map.of("budgetYear", 2027, "memberGemeenten", " utrecht ")).execute());
        started.add(region.getId());
        assertThat(runtime.getVariable(region.getId(), "memberGemeenten")).as("text, as REST can send it")
                .isEqualTo(List.of(UTRECHT));
        tasks.complete(task(region).getId(), Map.of("kadersSentOn", "2026-04-14"));
        tasks.complete(task(region).getId(), Map.of("draftBudgetSentOn", "2026-04-14"));
        assertThat(runtime.getVariable(child(region, UTRECHT).getId(), "regionName"))
                .as("without a name the region is known by its tenant id").isEqualTo(VR_UTRECHT);

        declineZienswijze(child(region, UTRECHT));

        assertThat(region).isWaitingAt(ADOPT).hasPassed(GEMEENTEN).hasNotPassed(ANSWER);
        assertThat(outcomes(region)).containsExactly(entry(UTRECHT, "geen zienswijze ingediend"));
        assertThat(runtime.getVariable(region.getId(), "zienswijzeGemeenten")).isEqualTo(List.of());
    }

    @Test
    void deletingTheCycleEndsTheGemeentenProcessesWithoutRecordingOutcomes() {
        ProcessInstance region = startAndSendDraft(UTRECHT, AMERSFOORT);

        runtime.deleteProcessInstance(region.getId(), "cyclus ingetrokken");

        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(region.getId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ZienswijzeGemeenteProcess.KEY).count())
                .isZero();
        assertThat(historic(region, "zienswijzeOutcomes")).isEqualTo(Map.of());
    }

    @Test
    void warnsWhenTheKadersAreSentAfterThirtyApril() {
        ProcessInstance region = start(UTRECHT);

        tasks.complete(task(region).getId(), Map.of("kadersSentOn", "2026-05-06"));

        assertThat(region).isWaitingAt(DRAFT_BUDGET);
        assertThat(runtime.getVariables(region.getId())).containsEntry("kadersLate", true)
                .containsEntry("kadersWarning", "Kaders en voorlopige jaarrekening op 2026-05-06 verstuurd, na"
                        + " 2026-04-30 (Wgr art. 34b)");
    }

    @Test
    void escalatesWhenTheBudgetIsNotAtGedeputeerdeStatenInTime() {
        ProcessInstance region = adopted("2026-07-09");
        Job overdue = timer(region, PROVINCE_OVERDUE);
        assertThat(overdue.getDuedate()).isEqualTo(at(LocalDate.of(2026, 7, 24), 0));

        ClockUtil.setCurrentTime(overdue.getDuedate());
        management.executeJob(overdue.getId());

        Task escalation = tasks.createTaskQuery().processInstanceId(region.getId()).taskDefinitionKey(ESCALATION)
                .singleResult();
        assertThat(candidateGroups(escalation)).containsExactly("weerbaar-veiligheidsregio");
        assertThat(runtime.getVariable(region.getId(), "budgetToProvinceOverdue")).isEqualTo(true);
        assertThat(region).isWaitingAt(TO_PROVINCE, ESCALATION);
        assertThat(refuse(escalation, Map.of()).violations()).containsExactly(
                new FormViolation("provinceEscalationAction", "Afspraken", "is verplicht"));
        tasks.complete(escalation.getId(), Map.of("provinceEscalationAction",
                "Verzending 27 juli; provincie telefonisch ingelicht."));
        assertThat(region).isWaitingAt(TO_PROVINCE);
        tasks.complete(task(region).getId(), Map.of("budgetSentToProvinceOn", "2026-07-27"));
        assertThat(region).isEnded().hasPassed(ESCALATION, END);
    }

    @Test
    void capsTheDueDateForGedeputeerdeStatenAtFifteenSeptemberWhenAdoptionIsLate() {
        ProcessInstance region = adopted("2026-09-05");

        assertThat(task(region).getDueDate()).as("15 September, not 5 September plus two weeks")
                .isEqualTo(at(LocalDate.of(2026, 9, 15), 0));
        assertThat(runtime.getVariable(region.getId(), "provinceDueDate")).isEqualTo(at(LocalDate.of(2026, 9, 15), 0));
        assertThat(timer(region, PROVINCE_OVERDUE).getDuedate()).isEqualTo(at(LocalDate.of(2026, 9, 16), 0));
    }

    @Test
    void refusesToStartWithoutMemberGemeenten() {
        Map<String, Object> withoutMembers = Map.of("budgetYear", 2027);
        Map<String, Object> noMembers = Map.of("budgetYear", 2027, "memberGemeenten", List.of());
        Map<String, Object> noMembersInText = Map.of("budgetYear", 2027, "memberGemeenten", " , ");

        for (Map<String, Object> variables : List.of(withoutMembers, noMembers, noMembersInText)) {
            assertThat(refusedStart(variables)).hasMessageContaining("process weerbaar-zienswijze-regio needs the"
                    + " variable 'memberGemeenten' with the tenant ids of at least one member gemeente, e.g."
                    + " [\"utrecht\",\"amersfoort\"]");
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ZienswijzeRegioProcess.KEY).count())
                .isZero();
    }

    @Test
    void refusesToStartWithAMemberThatIsNoTenantOrIsNamedTwiceOrWithoutABudgetYear() {
        assertThat(refusedStart(Map.of("budgetYear", 2027, "memberGemeenten", List.of(UTRECHT, "zeist"))))
                .hasMessageContaining("process weerbaar-zienswijze-regio: member gemeente 'zeist' is not a tenant of this"
                        + " engine");
        assertThat(refusedStart(Map.of("budgetYear", 2027, "memberGemeenten", List.of(UTRECHT, 42))))
                .hasMessageContaining("process weerbaar-zienswijze-regio: every entry of 'memberGemeenten' must be"
                        + " a gemeente's tenant id; found 42");
        assertThat(refusedStart(Map.of("budgetYear", 2027, "memberGemeenten", List.of(UTRECHT, UTRECHT))))
                .hasMessageContaining("process weerbaar-zienswijze-regio: 'memberGemeenten' names utrecht twice");
        assertThat(refusedStart(Map.of("budgetYear", "volgend jaar", "memberGemeenten", List.of(UTRECHT))))
                .hasMessageContaining("process weerbaar-zienswijze-regio needs the variable 'budgetYear' with the"
                        + " year the budget is for, e.g. 2027; was volgend jaar");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ZienswijzeRegioProcess.KEY).count())
                .isZero();
    }

    @Test
    void refusesSendingsWithoutTheirDate() {
        ProcessInstance region = start(UTRECHT);

        assertThat(refuse(task(region), Map.of()).violations()).containsExactly(
                new FormViolation("kadersSentOn", "Verstuurd op", "is verplicht"));
        tasks.complete(task(region).getId(), Map.of("kadersSentOn", "2026-04-14"));
        assertThat(refuse(task(region), Map.of("draftBudgetLink", "https://vru.nl/ontwerpbegroting-2027"))
                .violations()).containsExactly(new FormViolation("draftBudgetSentOn", "Verstuurd op", "is verplicht"));
        assertThat(region).isWaitingAt(DRAFT_BUDGET);
        assertThat(runtime.getVariables(region.getId())).doesNotContainKey("zienswijzeDeadline");

        runtime.deleteProcessInstance(region.getId(), "next scenario");
        ProcessInstance adopted = adopted("2026-07-09");
        assertThat(refuse(task(adopted), Map.of()).violations()).containsExactly(
                new FormViolation("budgetSentToProvinceOn", "Verstuurd op", "is verplicht"));
    }

    @Test
    void refusesAnAdoptionWithoutDateOrBeforeTheCouncilsTermHasRun() {
        ProcessInstance region = startAndSendDraft(UTRECHT);
        declineZienswijze(child(region, UTRECHT));
        Task adoption = task(region);

        FormValidationException withoutDate = refuse(adoption, Map.of());
        FormValidationException tooEarly = refuse(adoption, Map.of("adoptionDate", "2026-07-06"));

        assertThat(withoutDate.violations()).containsExactly(new FormViolation("adoptionDate", "Vastgesteld op",
                "is verplicht"));
        assertThat(tooEarly.violations()).containsExactly(new FormViolation("adoptionDate", "Vastgesteld op",
                "mag niet vóór 2026-07-07 liggen: de raden hebben twaalf weken voor hun zienswijze"
                        + " (Wgr art. 35(1))"));
        assertThat(tooEarly).hasMessage("Formulier 'Begroting vaststellen' is niet volledig of niet juist ingevuld:"
                + " Vastgesteld op (adoptionDate): mag niet vóór 2026-07-07 liggen: de raden hebben twaalf weken"
                + " voor hun zienswijze (Wgr art. 35(1))");
        assertThat(runtime.getVariables(region.getId())).doesNotContainKeys("adoptionDate", "provinceDueDate");
        tasks.complete(adoption.getId(), Map.of("adoptionDate", "2026-07-07"));
        assertThat(region).isWaitingAt(TO_PROVINCE);
    }

    private ProcessInstance start(String... members) {
        ProcessInstance instance = InstanceTenant.call(VR_UTRECHT, () -> runtime.createProcessInstanceByKey(ZienswijzeRegioProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey("vr-utrecht:zienswijze:2027")
                .setVariables(Map.of("budgetYear", 2027, "memberGemeenten", List.of(members),
                        "regionName", "Veiligheidsregio Utrecht"))
                .execute());
        started.add(instance.getId());
        return instance;
    }

    private ProcessInstance startAndSendDraft(String... members) {
        ProcessInstance region = start(members);
        tasks.complete(task(region).getId(), Map.of("kadersSentOn", "2026-04-14"));
        tasks.complete(task(region).getId(), Map.of("draftBudgetSentOn", "2026-04-14"));
        assertThat(region).isWaitingAt(GEMEENTEN);
        return region;
    }

    private ProcessInstance adopted(String adoptionDate) {
        ProcessInstance region = startAndSendDraft(UTRECHT);
        declineZienswijze(child(region, UTRECHT));
        tasks.complete(task(region).getId(), Map.of("adoptionDate", adoptionDate));
        assertThat(region).isWaitingAt(TO_PROVINCE);
        return region;
    }

    private void submitZienswijze(ProcessInstance gemeente) {
        analyse(tasks, task(gemeente));
        propose(tasks, task(gemeente));
        raadsvoorstel(tasks, task(gemeente));
        decide(tasks, task(gemeente), "ZIENSWIJZE_INDIENEN", ZIENSWIJZE);
        send(tasks, task(gemeente));
    }

    private void declineZienswijze(ProcessInstance gemeente) {
        analyse(tasks, task(gemeente));
        propose(tasks, task(gemeente));
        raadsvoorstel(tasks, task(gemeente));
        decide(tasks, task(gemeente), "GEEN_ZIENSWIJZE", null);
    }

    private ProcessEngineException refusedStart(Map<String, Object> variables) {
        ProcessEngineException refused = catchThrowableOfType(ProcessEngineException.class,
                () -> started.add(InstanceTenant.call(VR_UTRECHT, () -> runtime
                        .createProcessInstanceByKey(ZienswijzeRegioProcess.KEY).processDefinitionWithoutTenantId()
                        .setVariables(variables).execute()).getId()));
        assertThat(refused).as("start with %s should be refused", variables).isNotNull();
        return refused;
    }

    private ProcessInstance child(ProcessInstance region, String gemeente) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(region.getId()).tenantIdIn(gemeente)
                .singleResult();
    }

    private String definitionTenant(ProcessInstance instance) {
        return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getTenantId();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> outcomes(ProcessInstance region) {
        return (Map<String, String>) runtime.getVariable(region.getId(), "zienswijzeOutcomes");
    }





    private Object historic(ProcessInstance instance, String variable) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(variable).singleResult().getValue();
    }
}
