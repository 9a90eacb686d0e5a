package nl.weerbaar.spring.fresh;

import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.spring.deploy.WeerbaarDeployer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fresh Spring Boot + Camunda application that adds only the starter and its properties gets the catalog, the
 * processes deployed per tenant, the REST API with tenant isolation, and the operational endpoints.
 */
@SpringBootTest(classes = FreshApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ActiveProfiles("fresh")
class FreshApplicationIT {

    private static final String PASSWORD = "geheim";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    WeerbaarDeployer deployer;

    @BeforeAll
    static void users(@Autowired ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("utrecht.aov").count() > 0) {
            return;
        }
        for (String[] user : new String[][] {{"utrecht.aov", "utrecht"}, {"amersfoort.aov", "amersfoort"},
                {"zonder.gemeente", null}}) {
            User created = identity.newUser(user[0]);
            created.setPassword(PASSWORD);
            identity.saveUser(created);
            if (user[1] != null) {
                if (identity.createTenantQuery().tenantId(user[1]).count() == 0) {
                    identity.saveTenant(identity.newTenant(user[1]));
                }
                identity.createTenantUserMembership(user[1], user[0]);
            }
        }
    }

    @Test
    void deploysEveryProcessOncePerTenantAndNothingNewOnRedeploy() {
        for (String tenant : new String[] {"utrecht", "amersfoort", "vr-utrecht"}) {
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().tenantIdIn(tenant)
                    .latestVersion().list()).extracting(ProcessDefinition::getKey)
                    .containsExactlyInAnyOrderElementsOf(WeerbaarProcesses.keys());
        }
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        Map<String, String> again = deployer.deployAll();

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(again).containsOnlyKeys("utrecht", "amersfoort", "vr-utrecht");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().withoutTenantId()
                .processDefinitionKeyLike("weerbaar-%").count())
                .as("no tenant-less copy from Camunda's own resource scanning").isZero();
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
        as("utrecht.aov", get("/api/weerbaar/catalog"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urn").value("urn:weerbaar:vng-2025"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.measureCount").value(41));
    }

    @Test
    void filtersMeasuresByPillarPhasePartyAndMostCrucial() throws Exception {
        as("utrecht.aov", get("/api/weerbaar/catalog/measures?pillar=2&phase=WARM_TOT_72U&mostCrucial=true"))
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
        as("utrecht.aov", get("/api/weerbaar/catalog/measures?party=waterschappen"))
                .andExpect(jsonPath("$[*].ref").value(org.hamcrest.Matchers.contains("3.6", "3.8")));
        as("utrecht.aov", get("/api/weerbaar/catalog/measures")).andExpect(jsonPath("$", hasSize(41)));
    }

    @Test
    void servesOneMeasureAndAProblemForAnUnknownRef() throws Exception {
        as("utrecht.aov", get("/api/weerbaar/catalog/measures/5.2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text", startsWith("Gemeenten informeren inwoners en ondernemers")));
        as("utrecht.aov", get("/api/weerbaar/catalog/measures/9.9"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Maatregel 9.9 bestaat niet in de catalogus."));
    }

    @Test
    void rejectsMalformedFiltersWithADutchProblem() throws Exception {
        as("utrecht.aov", get("/api/weerbaar/catalog/measures?pillar=twee"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Parameter 'pillar' moet een pijlernummer zijn (1-6), niet 'twee'."));
        as("utrecht.aov", get("/api/weerbaar/catalog/measures?phase=WARM"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Parameter 'phase' moet een van KOUDE")));
    }

    @Test
    void requiresAuthenticationAndATenant() throws Exception {
        mvc.perform(get("/api/weerbaar/catalog"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"weerbaar\""));
        mvc.perform(get("/api/weerbaar/progress").header(HttpHeaders.AUTHORIZATION, basic("utrecht.aov", "fout")))
                .andExpect(status().isUnauthorized());
        as("zonder.gemeente", get("/api/weerbaar/progress"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Gebruiker zonder.gemeente hoort bij geen gemeente of"
                        + " veiligheidsregio."));
    }

    @Test
    void startsAMeasureOnceForTheCallersGemeenteOnly() throws Exception {
        as("utrecht.aov", post("/api/weerbaar/measures/2.3/start"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.businessKey").value("utrecht:2.3"))
                .andExpect(jsonPath("$.tenant").value("utrecht"));
        as("utrecht.aov", post("/api/weerbaar/measures/2.3/start"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", startsWith("Maatregel 2.3 loopt al in utrecht")));
        as("utrecht.aov", post("/api/weerbaar/measures/9.9/start")).andExpect(status().isNotFound());

        as("amersfoort.aov", get("/api/weerbaar/progress"))
                .andExpect(jsonPath("$.tenant").value("amersfoort"))
                .andExpect(jsonPath("$.measures[?(@.ref == '2.3')].status").value("NOT_STARTED"));
        as("amersfoort.aov", post("/api/weerbaar/measures/2.3/start")).andExpect(status().isCreated());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("utrecht:2.3")
                .singleResult().getTenantId()).isEqualTo("utrecht");
    }

    @Test
    void reportsProgressAfterMeasuresMoveThroughTheirLifecycle() throws Exception {
        as("utrecht.aov", post("/api/weerbaar/measures/1.1/start")).andExpect(status().isCreated());
        as("utrecht.aov", post("/api/weerbaar/measures/1.2/start")).andExpect(status().isCreated());
        complete("utrecht:1.2", Map.of("applicability", "NIET_VAN_TOEPASSING", "notApplicableReason", "BCM elders."));
        complete("utrecht:1.2", Map.of("notApplicableDecision", "GOEDGEKEURD"));
        complete("utrecht:1.1", Map.of("applicability", "VAN_TOEPASSING", "owner", "utrecht.aov",
                "dueDate", "2099-01-01"));

        as("utrecht.aov", get("/api/weerbaar/progress"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures", hasSize(41)))
                .andExpect(jsonPath("$.measures[0].ref").value("1.1"))
                .andExpect(jsonPath("$.measures[0].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.measures[0].lifecycleStatus").value("IN_UITVOERING"))
                .andExpect(jsonPath("$.measures[0].owner").value("utrecht.aov"))
                .andExpect(jsonPath("$.measures[0].dueDate").value("2099-01-01"))
                .andExpect(jsonPath("$.measures[1].status").value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$.measures[1].statusLabel").value("Niet van toepassing"))
                .andExpect(jsonPath("$.measures[2].status").value("NOT_STARTED"));
    }

    @Test
    void appliesTheTenantsOwnOverlay() throws Exception {
        as("utrecht.aov", get("/api/weerbaar/progress"))
                .andExpect(jsonPath("$.measures", hasSize(41)));
        assertThat(deployer.processKeys()).containsExactlyElementsOf(WeerbaarProcesses.keys());
    }

    @Test
    void reportsHealthInfoMetricsAndOpenApi() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.weerbaar.status").value("UP"))
                .andExpect(jsonPath("$.components.weerbaar.details.measures").value(41))
                .andExpect(jsonPath("$.components.weerbaar.details.deployed").value(true));
        mvc.perform(get("/actuator/info"))
                .andExpect(jsonPath("$.weerbaar.catalog.urn").value("urn:weerbaar:vng-2025"));
        mvc.perform(get("/actuator/metrics/weerbaar.measures").param("tag", "tenant:amersfoort")
                        .param("tag", "status:not_started"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].value").isNumber());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/weerbaar/catalog/measures'].get").exists())
                .andExpect(jsonPath("$.paths['/api/weerbaar/measures/{ref}/start'].post").exists());
    }

    private void complete(String businessKey, Map<String, Object> variables) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    private ResultActions as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
            request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, basic(user, PASSWORD)));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
