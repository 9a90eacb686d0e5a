package nl.weerbaar.spring.fresh;

import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.spring.api.OpenApiContract;
import nl.weerbaar.spring.api.OpenApiDocument;
import nl.weerbaar.spring.api.WeerbaarApi;
import nl.weerbaar.spring.actuate.WeerbaarMetrics;
import nl.weerbaar.spring.deploy.WeerbaarDeployer;
import nl.weerbaar.spring.progress.MeasureProgressService;
import nl.weerbaar.spring.progress.ProgressStatus;
import nl.weerbaar.spring.monitor.GemeenteDashboard.NoodhandboekState;
import nl.weerbaar.spring.monitor.MonitorMessages;
import nl.weerbaar.spring.monitor.Noodhandboek;
import nl.weerbaar.spring.monitor.WeerbaarMonitor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fresh Spring Boot + Camunda application that adds only the starter and its properties gets the catalog, the
 * processes deployed per tenant, the REST API with tenant isolation, and the operational endpoints. Every call to
 * the API is held to its OpenAPI document ({@link OpenApiContract}).
 */
@SpringBootTest(classes = FreshApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ActiveProfiles("fresh")
class FreshApplicationIT {

    private static final String PASSWORD = FreshUsers.PASSWORD;
    private static final String V1 = WeerbaarApi.V1;
    private static final OpenApiContract CONTRACT = OpenApiContract.v1();

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    WeerbaarDeployer deployer;

    @Autowired
    WeerbaarMetrics metrics;

    @Autowired
    MeasureProgressService progress;

    @Autowired
    WeerbaarMonitor monitor;

    @Autowired
    WeerbaarComponents components;

    @BeforeAll
    static void users(@Autowired ProcessEngine engine) {
        FreshUsers.ensure(engine, new String[] {"utrecht.aov", "utrecht"},
                new String[] {"amersfoort.aov", "amersfoort"}, new String[] {"zonder.gemeente", null});
    }

    @Test
    void deploysEveryProcessOnceForAllTenantsAndNothingNewOnRedeploy() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().withoutTenantId()
                .processDefinitionKeyLike("weerbaar-%").latestVersion().list()).extracting(ProcessDefinition::getKey)
                .containsExactlyInAnyOrderElementsOf(WeerbaarProcesses.keys());
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .tenantIdIn("utrecht", "amersfoort", "vr-utrecht").count()).as("no copy per tenant").isZero();
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        String again = deployer.deploy();

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(again).singleResult().getName())
                .isEqualTo("weerbaar");
        assertThat(engine.getManagementService().getProperties().get(WeerbaarDeployer.DIGEST_PROPERTY))
                .as("the digest that lets a restart skip the deployment").matches("[0-9a-f]{64}");

        // A changed digest (changed models) deploys again; duplicate filtering keeps it from creating anything when
        // the models are in fact the same.
        engine.getManagementService().setProperty(WeerbaarDeployer.DIGEST_PROPERTY, "anders");
        assertThat(deployer.deploy()).isEqualTo(again);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getManagementService().getProperties().get(WeerbaarDeployer.DIGEST_PROPERTY))
                .isNotEqualTo("anders");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().withoutTenantId()
                .processDefinitionKeyLike("weerbaar-%").list()).as("one version of each: no copy from Camunda's"
                        + " own resource scanning").hasSize(WeerbaarProcesses.keys().size());
    }

    @Test
    void aRestartOnTheSameDatabaseDeploysNothingNew() {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(FreshApplication.class)
                .profiles("fresh").web(WebApplicationType.NONE)
                .properties("camunda.bpm.process-engine-name=restarted", "spring.jmx.enabled=false",
                        "camunda.bpm.webapp.enabled=false", "camunda.bpm.database.schema-update=false",
                        // Camunda's REST starter needs a servlet web application; this restart has none.
                        "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest."
                                + "CamundaBpmRestJerseyAutoConfiguration")
                .run()) {
            ProcessEngine second = restarted.getBean(ProcessEngine.class);
            assertThat(second.getName()).isEqualTo("restarted");
            assertThat(second.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        }
    }

    @Test
    void servesCatalogMetadata() throws Exception {
        as("utrecht.aov", get(V1 + "/catalog"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.urn").value("urn:weerbaar:vng-2025"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.published").value("2025-08-25"))
                .andExpect(jsonPath("$.measureCount").value(41));
    }

    @Test
    void filtersMeasuresByPillarPhasePartyAndMostCrucial() throws Exception {
        as("utrecht.aov", get(V1 + "/catalog/measures?pillar=2&phase=WARM_TOT_72U&mostCrucial=true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].ref").value("2.1"))
                .andExpect(jsonPath("$[1].urn").value("urn:weerbaar:vng-2025:measure:2.2"))
                .andExpect(jsonPath("$[1].pillar.number").value(2))
                .andExpect(jsonPath("$[1].pillar.name").value("Crisisorganisatie"))
                .andExpect(jsonPath("$[1].rank").value(2))
                .andExpect(jsonPath("$[1].phases[0]").value("KOUDE"))
                .andExpect(jsonPath("$[1].responsible[0]").value("gemeenten"))
                .andExpect(jsonPath("$[1].partners[0]").value("veiligheidsregios"));
        as("utrecht.aov", get(V1 + "/catalog/measures?party=waterschappen"))
                .andExpect(jsonPath("$[*].ref").value(org.hamcrest.Matchers.contains("3.6", "3.8")));
        as("utrecht.aov", get(V1 + "/catalog/measures")).andExpect(jsonPath("$", hasSize(41)));
        as("utrecht.aov", get(V1 + "/catalog/measures?pillar=6&mostCrucial=false&phase=NAFASE"))
                .andExpect(status().isOk());
    }

    @Test
    void servesOneMeasureAndAProblemForAnUnknownRef() throws Exception {
        as("utrecht.aov", get(V1 + "/catalog/measures/5.2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text", startsWith("Gemeenten informeren inwoners en ondernemers")));
        as("utrecht.aov", get(V1 + "/catalog/measures/9.9"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Niet gevonden"))
                .andExpect(jsonPath("$.detail").value("Maatregel 9.9 bestaat niet in de catalogus."))
                .andExpect(jsonPath("$.instance").value(V1 + "/catalog/measures/9.9"));
    }

    @Test
    void rejectsMalformedFiltersWithADutchProblem() throws Exception {
        as("utrecht.aov", get(V1 + "/catalog/measures?pillar=twee"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Ongeldig verzoek"))
                .andExpect(jsonPath("$.detail").value("Parameter 'pillar' moet een pijlernummer zijn (1-6), niet"
                        + " 'twee'."));
        as("utrecht.aov", get(V1 + "/catalog/measures?pillar=9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Parameter 'pillar': pijler 9 bestaat niet; de catalogus kent"
                        + " de pijlers 1, 2, 3, 4, 5, 6."));
        as("utrecht.aov", get(V1 + "/catalog/measures?phase=WARM"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Parameter 'phase' moet een van KOUDE")));
        as("utrecht.aov", get(V1 + "/catalog/measures?party=brandweer-amsterdam"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("Parameter 'party': partij 'brandweer-amsterdam' komt niet"
                        + " voor in de catalogus; bekend zijn ")))
                .andExpect(jsonPath("$.detail", containsString("waterschappen")));
        as("utrecht.aov", get(V1 + "/catalog/measures?mostCrucial=ja"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Parameter 'mostCrucial' moet true of false zijn, niet 'ja'."));
        as("utrecht.aov", get(V1 + "/catalog/measures/{ref}", "2.3 OR 1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'2.3 OR 1' is geen maatregelnummer; een nummer is"
                        + " bijvoorbeeld 2.3."));
    }

    @Test
    void rejectsUnknownQueryParametersInsteadOfIgnoringThem() throws Exception {
        as("utrecht.aov", get(V1 + "/catalog/measures?pilar=2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Onbekende parameter 'pilar'; deze operatie kent pillar, phase,"
                        + " party, mostCrucial."));
        as("utrecht.aov", get(V1 + "/progress?tenant=amersfoort&page=2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Onbekende parameters 'tenant', 'page'; deze operatie heeft geen"
                        + " parameters."));
        call(get(V1 + "/openapi.json?format=yaml")).andExpect(status().isBadRequest());
    }

    @Test
    void requiresAuthenticationAndATenant() throws Exception {
        call(get(V1 + "/catalog"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"weerbaar\""));
        call(get(V1 + "/progress").header(HttpHeaders.AUTHORIZATION, basic("utrecht.aov", "fout")))
                .andExpect(status().isUnauthorized());
        as("zonder.gemeente", get(V1 + "/progress"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Geen toegang"))
                .andExpect(jsonPath("$.detail").value("Gebruiker zonder.gemeente hoort bij geen gemeente of"
                        + " veiligheidsregio."));
    }

    @Test
    void startsAMeasureOnceForTheCallersGemeenteOnly() throws Exception {
        String location = as("utrecht.aov", post(V1 + "/catalog/measures/2.3/lifecycles"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ref").value("2.3"))
                .andExpect(jsonPath("$.businessKey").value("utrecht:2.3"))
                .andExpect(jsonPath("$.tenant").value("utrecht"))
                .andExpect(jsonPath("$.lifecycleStatus").value("INTAKE"))
                .andExpect(jsonPath("$.endedAt").value(org.hamcrest.Matchers.nullValue()))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String id = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("utrecht:2.3")
                .singleResult().getId();
        assertThat(location).isEqualTo("http://localhost" + V1 + "/catalog/measures/2.3/lifecycles/" + id);
        as("utrecht.aov", get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.startedAt", containsString("T")));
        as("utrecht.aov", get(V1 + "/catalog/measures/2.3/lifecycles"))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(id)));
        as("utrecht.aov", post(V1 + "/catalog/measures/2.3/lifecycles"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Maatregel 2.3 loopt al in utrecht (levenscyclus " + id + ")."));
        as("utrecht.aov", post(V1 + "/catalog/measures/9.9/lifecycles")).andExpect(status().isNotFound());

        as("amersfoort.aov", get(V1 + "/progress"))
                .andExpect(jsonPath("$.tenant").value("amersfoort"))
                .andExpect(jsonPath("$.measures[?(@.ref == '2.3')].status").value("NOT_STARTED"));
        as("amersfoort.aov", get(V1 + "/catalog/measures/2.3/lifecycles")).andExpect(jsonPath("$", hasSize(0)));
        as("amersfoort.aov", get(location))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Maatregel 2.3 heeft in amersfoort geen levenscyclus " + id
                        + "."));
        as("amersfoort.aov", post(V1 + "/catalog/measures/2.3/lifecycles").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isCreated());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("utrecht:2.3")
                .singleResult().getTenantId()).isEqualTo("utrecht");
    }

    @Test
    void refusesAStartWithABodyItWouldIgnore() throws Exception {
        as("utrecht.aov", post(V1 + "/catalog/measures/4.2/lifecycles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"owner\": \"utrecht.aov\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Een start neemt geen gegevens aan, ook niet 'owner': laat de"
                        + " inhoud weg of stuur een leeg object ({})."));
        as("utrecht.aov", post(V1 + "/catalog/measures/4.2/lifecycles").contentType(MediaType.APPLICATION_JSON)
                .content("{owner"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("De inhoud van het verzoek is geen geldige JSON."));
        as("utrecht.aov", post(V1 + "/catalog/measures/4.2/lifecycles").contentType(MediaType.TEXT_PLAIN)
                .content("start"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value("Inhoud van het type 'text/plain' wordt niet aangenomen; stuur"
                        + " application/json of geen inhoud."));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("utrecht:4.2")
                .count()).isZero();
    }

    @Test
    void takesEachMeasuresStatusFromItsNewestEndedLifecycleAmongYearsOfThem() {
        for (int year = 0; year < 12; year++) {
            for (String ref : List.of("6.1", "6.2")) {
                progress.start("amersfoort", ref);
                complete("amersfoort:" + ref, Map.of("applicability", "NIET_VAN_TOEPASSING",
                        "notApplicableReason", "Jaar " + year));
                complete("amersfoort:" + ref, Map.of("notApplicableDecision", "GOEDGEKEURD"));
            }
        }
        // The newest lifecycle of 6.2 ends (a minute later) without a verdict: it, not the twelve before it, decides.
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(System.currentTimeMillis() + 60_000));
        try {
            String stopped = progress.start("amersfoort", "6.2").getId();
            engine.getRuntimeService().deleteProcessInstance(stopped, "test");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }

        Map<String, ProgressStatus> status = new java.util.HashMap<>();
        progress.progress("amersfoort").forEach(measure -> status.put(measure.ref(), measure.status()));
        assertThat(status).containsEntry("6.1", ProgressStatus.NOT_APPLICABLE)
                .containsEntry("6.2", ProgressStatus.NOT_STARTED);
    }

    @Test
    void reportsProgressAfterMeasuresMoveThroughTheirLifecycle() throws Exception {
        as("utrecht.aov", post(V1 + "/catalog/measures/1.1/lifecycles")).andExpect(status().isCreated());
        as("utrecht.aov", post(V1 + "/catalog/measures/1.2/lifecycles")).andExpect(status().isCreated());
        complete("utrecht:1.2", Map.of("applicability", "NIET_VAN_TOEPASSING", "notApplicableReason", "BCM elders."));
        complete("utrecht:1.2", Map.of("notApplicableDecision", "GOEDGEKEURD"));
        complete("utrecht:1.1", Map.of("applicability", "VAN_TOEPASSING", "owner", "utrecht.aov",
                "dueDate", "2099-01-01"));

        as("utrecht.aov", get(V1 + "/progress"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures", hasSize(41)))
                .andExpect(jsonPath("$.measures[0].ref").value("1.1"))
                .andExpect(jsonPath("$.measures[0].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.measures[0].lifecycleStatus").value("IN_UITVOERING"))
                .andExpect(jsonPath("$.measures[0].owner").value("utrecht.aov"))
                .andExpect(jsonPath("$.measures[0].dueDate").value("2099-01-01"))
                .andExpect(jsonPath("$.measures[1].status").value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$.measures[1].statusLabel").value("Niet van toepassing"))
                .andExpect(jsonPath("$.measures[2].status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.measures[2].owner").value(org.hamcrest.Matchers.nullValue()));
        as("utrecht.aov", get(V1 + "/catalog/measures/1.2/lifecycles"))
                .andExpect(jsonPath("$[0].lifecycleStatus").value("NIET_VAN_TOEPASSING"))
                .andExpect(jsonPath("$[0].endedAt", containsString("T")));
    }

    @Test
    void aMeasureTheRegionLeadsRunsInTheRegionsTenantAndEachGemeenteSeesItInItsProgress() throws Exception {
        as("utrecht.aov", post(V1 + "/catalog/measures/2.6/lifecycles"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tenant").value("vr-utrecht"))
                .andExpect(jsonPath("$.businessKey").value("vr-utrecht:2.6"))
                .andExpect(jsonPath("$.lifecycleStatus").value("INTAKE"));

        as("amersfoort.aov", get(V1 + "/progress"))
                .andExpect(jsonPath("$.measures[?(@.ref == '2.6')].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.measures[?(@.ref == '2.6')].executedBy").value("vr-utrecht"));
        as("amersfoort.aov", post(V1 + "/catalog/measures/2.6/lifecycles"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", startsWith("Maatregel 2.6 loopt al in amersfoort")));
        as("utrecht.aov", get(V1 + "/catalog/measures/2.6/lifecycles"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].tenant").value("vr-utrecht"));
        String id = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("vr-utrecht:2.6")
                .singleResult().getId();
        as("amersfoort.aov", get(V1 + "/catalog/measures/2.6/lifecycles/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        engine.getRuntimeService().deleteProcessInstance(id, "test finished");
    }

    @Test
    void aMemberTakesItsRegionsStatusFromTheRunningLifecycleOrElseTheNewestThatEnded() {
        String first = progress.start("utrecht", "2.6").getId();
        String second = null;
        try {
            complete("vr-utrecht:2.6", Map.of("applicability", "NIET_VAN_TOEPASSING",
                    "notApplicableReason", "De hulpdiensten dekken dit al."));
            complete("vr-utrecht:2.6", Map.of("notApplicableDecision", "GOEDGEKEURD"));
            assertThat(statusOf("utrecht", "2.6")).isEqualTo(ProgressStatus.NOT_APPLICABLE);
            assertThat(statusOf("amersfoort", "2.6")).as("served by the region's lifecycle when it ended")
                    .isEqualTo(ProgressStatus.NOT_APPLICABLE);

            second = progress.start("utrecht", "2.6").getId();
            new MeasureLifecycle(engine.getRuntimeService(), components.routes()).leaveRegion("amersfoort", "2.6");

            assertThat(statusOf("utrecht", "2.6")).isEqualTo(ProgressStatus.IN_PROGRESS);
            assertThat(statusOf("amersfoort", "2.6"))
                    .as("the region's running lifecycle no longer serves it, and the one that ended before does not"
                            + " speak for it any more")
                    .isEqualTo(ProgressStatus.NOT_STARTED);
        } finally {
            if (second != null) {
                engine.getRuntimeService().deleteProcessInstance(second, "test finished");
                engine.getHistoryService().deleteHistoricProcessInstance(second);
            }
            engine.getHistoryService().deleteHistoricProcessInstance(first);
        }
    }

    private ProgressStatus statusOf(String tenant, String ref) {
        return progress.progress(tenant).stream().filter(measure -> measure.ref().equals(ref)).findFirst()
                .orElseThrow().status();
    }

    @Test
    void appliesTheTenantsOwnOverlay() throws Exception {
        as("utrecht.aov", get(V1 + "/progress"))
                .andExpect(jsonPath("$.measures", hasSize(41)));
        assertThat(deployer.processKeys()).containsExactlyElementsOf(WeerbaarProcesses.keys());
    }

    @Test
    void reportsHealthInfoAndMetrics() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.weerbaar.status").value("UP"))
                .andExpect(jsonPath("$.components.weerbaar.details.measures").value(41))
                .andExpect(jsonPath("$.components.weerbaar.details.tenants").value(3))
                .andExpect(jsonPath("$.components.weerbaar.details.deployed").value(true));
        mvc.perform(get("/actuator/info"))
                .andExpect(jsonPath("$.weerbaar.catalog.urn").value("urn:weerbaar:vng-2025"));
        mvc.perform(get("/actuator/metrics/weerbaar.measures").param("tag", "tenant:amersfoort")
                        .param("tag", "status:not_started"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].value").isNumber());
    }

    @Test
    void scrapesTheMeasureCountsOfTheLastRefreshWithoutComputingThem() throws Exception {
        metrics.refresh();
        double before = inProgress("amersfoort");
        String started = progress.start("amersfoort", "5.1").getId();
        try {
            assertThat(inProgress("amersfoort")).as("a scrape reads the last refresh's counts").isEqualTo(before);
            assertThat(metrics.refresh().get("amersfoort").get(ProgressStatus.IN_PROGRESS)).isEqualTo((long) before + 1);
            assertThat(inProgress("amersfoort")).isEqualTo(before + 1);
        } finally {
            engine.getRuntimeService().deleteProcessInstance(started, "test");
            metrics.refresh();
        }
    }

    private double inProgress(String tenant) throws Exception {
        String body = mvc.perform(get("/actuator/metrics/weerbaar.measures").param("tag", "tenant:" + tenant)
                .param("tag", "status:in_progress")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return com.jayway.jsonpath.JsonPath.<Double>read(body, "$.measurements[0].value");
    }

    @Test
    void servesItsOpenApiDocumentToAnyoneFromAnyOrigin() throws Exception {
        String version = OpenApiDocument.shipped().version();
        call(get(V1 + "/openapi.json").header(HttpHeaders.ORIGIN, "https://developer.overheid.nl"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
                .andExpect(header().string(WeerbaarApi.VERSION_HEADER, version))
                .andExpect(jsonPath("$.openapi").value("3.0.3"))
                .andExpect(jsonPath("$.info.version").value(version))
                .andExpect(jsonPath("$.info.contact.email").value("api@utrecht.example"))
                .andExpect(jsonPath("$.info.contact.name").value("Weerbaar-ontwikkelaars"))
                .andExpect(jsonPath("$.servers[0].url").value(V1))
                .andExpect(jsonPath("$.paths['/catalog/measures/{ref}/lifecycles'].post").exists());
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void givesEveryResponseItsVersionAndTheSecurityHeaders() throws Exception {
        for (ResultActions response : List.of(as("utrecht.aov", get(V1 + "/catalog")), call(get(V1 + "/catalog")),
                call(get(V1 + "/openapi.json")), as("utrecht.aov", get(V1 + "/nergens")))) {
            response.andExpect(header().string(WeerbaarApi.VERSION_HEADER, OpenApiDocument.shipped().version()))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Content-Security-Policy", "frame-ancestors 'none'"));
        }
        mvc.perform(get("/actuator/health")).andExpect(header().doesNotExist(WeerbaarApi.VERSION_HEADER));
    }

    @Test
    void answersUnknownPathsMethodsAndMediaTypesWithProblems() throws Exception {
        as("utrecht.aov", get(V1 + "/nergens"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Er is geen resource " + V1 + "/nergens. De Weerbaar-API staat"
                        + " onder " + V1 + "; de beschrijving staat in " + V1 + "/openapi.json."));
        as("utrecht.aov", get(V1 + "/catalog/")).andExpect(status().isNotFound());
        as("utrecht.aov", get("/api/weerbaar/progress"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("staat onder " + V1)));
        as("utrecht.aov", delete(V1 + "/catalog"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string(HttpHeaders.ALLOW, "GET"))
                .andExpect(jsonPath("$.detail").value("Methode DELETE is niet toegestaan op " + V1 + "/catalog;"
                        + " toegestaan: GET."));
        as("utrecht.aov", put(V1 + "/catalog/measures/2.3/lifecycles"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string(HttpHeaders.ALLOW, containsString("POST")));
        as("utrecht.aov", get(V1 + "/catalog").accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.title").value("Niet aanvaardbaar"))
                .andExpect(jsonPath("$.detail").value("De API antwoordt met application/json (fouten met"
                        + " application/problem+json); de Accept-header vraagt 'application/xml'."));
    }

    @Test
    void aNoodhandboeksFingerprintIsTheSameInEveryLanguageSoAPrintInOneIsCurrentInTheOther() {
        String scenario = monitor.readiness("utrecht", Locale.ENGLISH).get(0).scenario().code();
        Noodhandboek english = monitor.noodhandboek("utrecht", scenario, Locale.ENGLISH);
        Noodhandboek dutch = monitor.noodhandboek("utrecht", scenario, MonitorMessages.DUTCH);
        assertThat(english.phases()).as("the cards speak their reader's language").isNotEqualTo(dutch.phases());
        assertThat(english.fingerprint()).isEqualTo(dutch.fingerprint());
        for (Locale printedIn : List.of(Locale.ENGLISH, MonitorMessages.DUTCH)) {
            monitor.printNoodhandboek("utrecht", scenario, "utrecht.aov", printedIn);
            for (Locale readIn : List.of(Locale.ENGLISH, MonitorMessages.DUTCH)) {
                NoodhandboekState state = monitor.noodhandboeken("utrecht", readIn).stream()
                        .filter(s -> s.scenario().equals(scenario)).findFirst().orElseThrow();
                assertThat(state.lastPrintedBy()).isEqualTo("utrecht.aov");
                assertThat(state.fingerprint()).isEqualTo(dutch.fingerprint());
                assertThat(state.changedSincePrint()).as("printed in " + printedIn + ", read in " + readIn)
                        .isFalse();
                assertThat(monitor.dashboard("utrecht", readIn).changedSincePrint()).isEmpty();
            }
        }
    }

    private void complete(String businessKey, Map<String, Object> variables) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    /** A call as the user, its response held to the OpenAPI document. */
    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return call(request.header(HttpHeaders.AUTHORIZATION, basic(user, PASSWORD)));
    }

    /** An anonymous call, its response held to the OpenAPI document. */
    private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andDo(CONTRACT);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
