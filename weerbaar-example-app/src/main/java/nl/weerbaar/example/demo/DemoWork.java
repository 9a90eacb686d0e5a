package nl.weerbaar.example.demo;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.continuity.ContinuityProcess;
import nl.weerbaar.bpmn.continuity.ContinuityProcessModel;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntProcess;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntProcessModel;
import nl.weerbaar.bpmn.noodsteunpunt.Noodsteunpunten;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingProcess;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingProcessModel;
import nl.weerbaar.bpmn.rolverdeling.Rolverdelingen;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.routing.RecordedAgreements;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcessModel;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeRegioProcess;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeRegioProcessModel;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.example.demo.DemoUsers.AMERSFOORT;
import static nl.weerbaar.example.demo.DemoUsers.UTRECHT;
import static nl.weerbaar.example.demo.DemoUsers.VR_UTRECHT;

/**
 * Puts work under way in every process, as the demo users would have left it: measures at each stage of their
 * lifecycle, a noodsteunpunt being set up, a continuity review and a zienswijze cycle. Dates are relative to today.
 * Each item is skipped when it was created before (found by business key, or by process for the yearly ones), so a
 * restart on the same database adds nothing.
 */
final class DemoWork {

    /** Where a demo measure stands. */
    enum Stage {
        INTAKE, NOT_APPLICABLE_REVIEW, NOT_APPLICABLE, PLAN, EXECUTE, REVIEW, OVERDUE, DONE
    }

    /**
     * The demo measures per gemeente and the stage each is left at. 2.6 is led by the veiligheidsregio, as the
     * catalog reads it: its lifecycle runs in vr-utrecht's tenant, for Utrecht and Amersfoort.
     */
    static final Map<String, Map<String, Stage>> MEASURES = Map.of(
            UTRECHT.id(), orderedMap(
                    "1.1", Stage.INTAKE,
                    "1.4", Stage.PLAN,
                    "2.6", Stage.EXECUTE,
                    "2.2", Stage.REVIEW,
                    "3.1", Stage.OVERDUE,
                    "3.5", Stage.NOT_APPLICABLE_REVIEW,
                    "3.4", Stage.NOT_APPLICABLE,
                    "2.1", Stage.DONE),
            AMERSFOORT.id(), orderedMap(
                    "1.1", Stage.INTAKE,
                    "2.2", Stage.PLAN));

    static final String NOODSTEUNPUNT = "Noodsteunpunt Overvecht";
    /** Utrecht agreed to organise the broad exercise of 5.3, which the catalog gives the region, itself. */
    static final String ROLVERDELING = "5.3";
    static final List<String> CRITICAL_PROCESSES = List.of("Uitkeringen", "Burgerzaken", "Betalingen");

    private final RuntimeService runtime;
    private final MeasureLifecycle lifecycles;
    private final TaskService tasks;
    private final HistoryService history;
    private final ManagementService management;
    private final LocalDate today;

    DemoWork(ProcessEngine engine, MeasureRoutes routes, LocalDate today) {
        this.runtime = engine.getRuntimeService();
        this.lifecycles = new MeasureLifecycle(runtime, routes);
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
        this.management = engine.getManagementService();
        this.today = today;
    }

    void create() {
        MEASURES.forEach((tenant, measures) -> measures.forEach((ref, stage) -> measure(tenant, ref, stage)));
        rolverdeling();
        noodsteunpunt();
        continuityReview();
        zienswijzeCycle();
    }

    private void measure(String tenant, String ref, Stage stage) {
        if (existed(MeasureProcess.KEY, tenant, MeasureLifecycle.businessKey(tenant, ref))
                || lifecycles.findActive(tenant, ref).isPresent()) {
            return;
        }
        ProcessInstance instance = lifecycles.start(tenant, ref);
        String id = instance.getId();
        boolean regionLed = !tenant.equals(instance.getTenantId());
        // A region-led measure is the region's work: its owner is the region's user, and the region's bestuur decides.
        String owner = regionLed ? instance.getTenantId() + ".ab" : tenant + ".aov";
        // Each decision taken by the user whose role takes it, as in Tasklist (claim, then complete), so the
        // monitor's history and the raadsrapportage name who decided: the wethouder for pillars 1 and 3 to 6, the
        // burgemeester for pillar 2 (the pillars' bevoegd gezag).
        String authority = regionLed ? owner : tenant + (ref.startsWith("2.") ? ".burgemeester" : ".wethouder");
        switch (stage) {
            case INTAKE -> {
            }
            case NOT_APPLICABLE_REVIEW, NOT_APPLICABLE -> {
                complete(id, MeasureProcessModel.INTAKE, owner, Map.of("applicability", "NIET_VAN_TOEPASSING",
                        "notApplicableReason", "De gemeente heeft geen eigen voorziening hiervoor; de regio regelt"
                                + " dit in het regionaal crisisplan."));
                if (stage == Stage.NOT_APPLICABLE) {
                    complete(id, MeasureProcessModel.NOT_APPLICABLE_REVIEW, authority, Map.of("notApplicableDecision",
                            "GOEDGEKEURD", "notApplicableComment", "Akkoord, geborgd in het regionaal crisisplan."));
                }
            }
            default -> {
                LocalDate due = stage == Stage.OVERDUE ? today.minusDays(10) : today.plusMonths(4);
                complete(id, MeasureProcessModel.INTAKE, owner, Map.of("applicability", "VAN_TOEPASSING", "owner", owner,
                        "dueDate", due.toString()));
                if (stage == Stage.PLAN) {
                    return;
                }
                complete(id, MeasureProcessModel.PLAN, owner, Map.of("plan", "1. Huidige situatie inventariseren met de"
                        + " vakafdelingen.\n2. Afspraken maken met de partners uit de handreiking.\n3. Oefenen en"
                        + " vastleggen in het crisisplan."));
                if (stage == Stage.OVERDUE) {
                    // The reminder and the escalation would have fired by now; run them before the job executor
                    // starts, so the demo is the same on every start.
                    executeDueJobs(id);
                    return;
                }
                if (stage == Stage.EXECUTE) {
                    return;
                }
                complete(id, MeasureProcessModel.EXECUTE, owner, Map.of("executionSummary", "Afspraken gemaakt en"
                        + " vastgelegd; oefening gehouden met de betrokken partners."));
                complete(id, MeasureProcessModel.EVIDENCE, owner, Map.of("evidenceLinks",
                        "https://intranet.example.org/" + tenant + "/maatregel-" + ref));
                if (stage == Stage.DONE) {
                    complete(id, MeasureProcessModel.REVIEW, authority, Map.of("reviewDecision", "GOEDGEKEURD"));
                }
            }
        }
    }

    /**
     * Utrecht's agreement that it organises the broad exercise of 5.3 itself, with the region's support: recorded,
     * confirmed by the wethouder and waiting for the region's bestuur.
     */
    private void rolverdeling() {
        String businessKey = RecordedAgreements.businessKey(UTRECHT.id(), ROLVERDELING);
        if (existed(RolverdelingProcess.KEY, UTRECHT.id(), businessKey)) {
            return;
        }
        String id = new Rolverdelingen(runtime).start(UTRECHT.id(), ROLVERDELING).getId();
        Map<String, Object> agreement = new HashMap<>();
        agreement.put("responsibleChoice", "GEMEENTE");
        agreement.put("supportingEntered", "veiligheidsregios, maatschappelijke partners");
        agreement.put("agreementDate", today.minusDays(14).toString());
        agreement.put("agreementReference", "Bestuurlijk overleg weerbaarheid Utrecht-VRU, verslag "
                + today.minusDays(14).getYear() + "-03");
        agreement.put("agreementNote", "Utrecht organiseert de oefenweek in de stad zelf; de veiligheidsregio levert"
                + " de scenario's en de oefenleiding.");
        complete(id, RolverdelingProcessModel.RECORD, agreement);
        complete(id, RolverdelingProcessModel.CONFIRM_GEMEENTE, Map.of("gemeenteDecision", "BEVESTIGD"));
    }

    private void noodsteunpunt() {
        if (existed(NoodsteunpuntProcess.KEY, UTRECHT.id(), Noodsteunpunten.businessKey(UTRECHT.id(), NOODSTEUNPUNT))) {
            return;
        }
        String id = new Noodsteunpunten(runtime).start(UTRECHT.id(), NOODSTEUNPUNT).getId();
        Map<String, Object> location = new HashMap<>();
        location.put("neighbourhood", "Overvecht");
        location.put("street", "Dreef");
        location.put("houseNumber", "12a");
        location.put("postcode", "3563 AB");
        location.put("kind", "LOCAAL");
        location.put("buildingName", "Wijkcentrum De Dreef");
        location.put("inhabitantsServed", 800);
        complete(id, NoodsteunpuntProcessModel.PROPOSE_LOCATION, location);
        complete(id, NoodsteunpuntProcessModel.ASSESS_LOCATION, Map.of("locationDecision", "GESCHIKT",
                "locationReasons", "Goed bereikbaar, hoog gelegen en met eigen noodstroomaansluiting."));
        complete(id, NoodsteunpuntProcessModel.AGREE_ROLES, Map.of("keeperName", "Jan de Vries",
                "keeperPhone", "06 12345678", "regionContact", "M. Bakker, Veiligheidsregio Utrecht",
                "roleAgreement", "De sleutelhouder opent binnen een uur; de hulpdiensten blijven bij 112-meldingen."));
    }

    private void continuityReview() {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ContinuityProcess.KEY)
                .tenantIdIn(UTRECHT.id()).count() > 0) {
            return;
        }
        String id = InstanceTenant.call(UTRECHT.id(), () -> runtime
                .createMessageCorrelation(ContinuityProcessModel.START_MESSAGE)
                .withoutTenantId()
                .processInstanceBusinessKey(UTRECHT.id() + ":continuiteit:" + today.getYear())
                .setVariable("lastFullInventoryDate", today.minusYears(2).toString())
                .correlateStartMessage()).getId();
        complete(id, ContinuityProcessModel.INVENTORY, Map.of("criticalProcesses",
                String.join("\n", CRITICAL_PROCESSES)));
        Task first = tasks.createTaskQuery().processInstanceId(id)
                .taskDefinitionKey(ContinuityProcessModel.ASSESS_PROCESS).list().stream()
                .filter(task -> CRITICAL_PROCESSES.get(0).equals(tasks.getVariable(task.getId(), "criticalProcess")))
                .findFirst().orElseThrow();
        tasks.complete(first.getId(), Map.of("maxDowntimeHours", 72, "recoveryTimeHours", 48,
                "fallback", "Voorschotten handmatig uitbetalen via de bank", "dependsOnIctSuppliers", true));
    }

    private void zienswijzeCycle() {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ZienswijzeRegioProcess.KEY)
                .tenantIdIn(VR_UTRECHT.id()).count() > 0) {
            return;
        }
        int budgetYear = today.getYear() + 1;
        String region = startCycle(budgetYear);
        LocalDate kadersSent = earliest(today.minusDays(28), MonthDay.of(4, 15).atYear(today.getYear()));
        complete(region, ZienswijzeRegioProcessModel.KADERS, Map.of("kadersSentOn", kadersSent.toString()));
        complete(region, ZienswijzeRegioProcessModel.DRAFT_BUDGET, Map.of(
                "draftBudgetSentOn", today.minusDays(21).toString(),
                "draftBudgetLink", "https://example.org/vr-utrecht/ontwerpbegroting-" + budgetYear + ".pdf"));

        // Utrecht's raad is on its way to a zienswijze; Amersfoort has yet to analyse the draft.
        String utrecht = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(UTRECHT.id() + ":zienswijze:" + budgetYear).singleResult().getId();
        complete(utrecht, ZienswijzeGemeenteProcessModel.ANALYSIS, Map.of(
                "analysis", "De bijdrage stijgt met 6%, vooral door de nieuwe meldkamer; de bevolkingszorg krijgt"
                        + " er geen capaciteit bij.",
                "analysisAdvice", "ZIENSWIJZE_INDIENEN"));
        complete(utrecht, ZienswijzeGemeenteProcessModel.COLLEGE_PROPOSAL, Map.of(
                "collegeProposal", "ZIENSWIJZE_INDIENEN",
                "collegeDraftZienswijze", "De raad vraagt de stijging van de bijdrage te beperken tot de loon- en"
                        + " prijsindex en de bevolkingszorg na 72 uur te versterken.",
                "collegeDecisionDate", today.minusDays(7).toString()));

        // The region prepares the next year's kaders already.
        startCycle(budgetYear + 1);
    }

    private String startCycle(int budgetYear) {
        return InstanceTenant.call(VR_UTRECHT.id(), () -> runtime.createProcessInstanceByKey(ZienswijzeRegioProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(VR_UTRECHT.id() + ":zienswijze:" + budgetYear)
                .setVariables(Map.of("budgetYear", budgetYear,
                        "memberGemeenten", UTRECHT.id() + "," + AMERSFOORT.id(),
                        "regionName", VR_UTRECHT.name()))
                .execute()).getId();
    }

    private boolean existed(String processKey, String tenant, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).tenantIdIn(tenant)
                .processInstanceBusinessKey(businessKey).count() > 0;
    }

    private void complete(String processInstanceId, String taskDefinitionKey, Map<String, Object> variables) {
        complete(processInstanceId, taskDefinitionKey, null, variables);
    }

    /** Completes the task, claimed first by the user when one is named, as Tasklist has its users do. */
    private void complete(String processInstanceId, String taskDefinitionKey, String user,
                          Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("demo data: no task " + taskDefinitionKey + " in process instance "
                    + processInstanceId);
        }
        if (user != null) {
            tasks.claim(task.getId(), user);
        }
        tasks.complete(task.getId(), variables);
    }

    /** Fires the instance's due timers until none is due: the overdue moment's timer comes after the reminder. */
    private void executeDueJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).timers()
                    .duedateLowerThan(ClockUtil.getCurrentTime()).orderByJobDuedate().asc().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Map<String, Stage> orderedMap(Object... refsAndStages) {
        Map<String, Stage> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < refsAndStages.length; i += 2) {
            map.put((String) refsAndStages[i], (Stage) refsAndStages[i + 1]);
        }
        return map;
    }
}
