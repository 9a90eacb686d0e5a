package nl.weerbaar.spring.guest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Weerbaar as a guest in an existing application: the host's own users, chain, tenant and process, and beside them
 * Weerbaar's processes and API — each secured the host's way, and Weerbaar's form validation on the host's form.
 */
@SpringBootTest(classes = GuestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "spring.datasource.url=jdbc:h2:mem:weerbaar-guest;DB_CLOSE_DELAY=-1",
        "camunda.bpm.database.schema-update=true", "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.history-level=full",
        "camunda.bpm.generic-properties.properties.tenant-resource-whitelist-pattern=[a-zA-Z0-9._-]+",
        "weerbaar.tenants[0].id=" + GuestApplication.TENANT, "weerbaar.tenants[0].name=Gemeenschappelijke dorpen"})
@AutoConfigureMockMvc
class GuestApplicationIT {

    private static final String USER = "dorpen.buitendienst";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @Test
    void deploysTheHostsProcessBesideWeerbaarsOnceForAllTenants() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().withoutTenantId()
                .latestVersion().list()).extracting(ProcessDefinition::getKey)
                .contains("dorpen-melding", "weerbaar-maatregel", "weerbaar-noodsteunpunt");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("dorpen-melding")
                .count()).as("one version: Camunda's own classpath scan leaves the host's registered model alone")
                .isEqualTo(1);
    }

    @Test
    void theHostsOwnUsersUseTheWeerbaarApiForTheirOwnTenant() throws Exception {
        mvc.perform(as(USER, get("/api/weerbaar/v1/progress")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value(GuestApplication.TENANT))
                .andExpect(jsonPath("$.measures[*].ref", hasItem("1.1")));
        mvc.perform(as(USER, post("/api/weerbaar/v1/catalog/measures/2.3/lifecycles")))
                .andExpect(status().isCreated());
        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn(GuestApplication.TENANT)
                .processInstanceBusinessKey(GuestApplication.TENANT + ":2.3").singleResult().getName())
                .isEqualTo("Intake: eigenaar en termijn vastleggen");

        mvc.perform(get("/api/weerbaar/v1/progress")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/weerbaar/v1/progress").header(HttpHeaders.AUTHORIZATION, basic(USER, "fout")))
                .andExpect(status().isUnauthorized());
        mvc.perform(as("dorpen.zonder-gemeente", get("/api/weerbaar/v1/progress")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("dorpen.zonder-gemeente")));
    }

    @Test
    void theHostsFormIsCheckedByWeerbaarOnTheHostsOwnEndpoint() throws Exception {
        MvcResult reported = mvc.perform(as(USER, post("/meldingen"))).andExpect(status().isOk()).andReturn();
        String melding = com.jayway.jsonpath.JsonPath.read(reported.getResponse().getContentAsString(), "$.melding");
        String task = com.jayway.jsonpath.JsonPath.read(reported.getResponse().getContentAsString(), "$.taak");

        mvc.perform(as(USER, post("/meldingen/taken/" + task)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"afhandeling\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0]").value("afhandeling: is verplicht"));
        mvc.perform(as(USER, post("/meldingen/taken/" + task)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"afhandeling\": \"" + "x".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0]").value("afhandeling: mag hoogstens 500 tekens zijn"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("the task stays open")
                .isEqualTo(1);

        mvc.perform(as(USER, post("/meldingen/taken/" + task)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"afhandeling\": \"Stoeptegel teruggelegd\"}"))
                .andExpect(status().isNoContent());
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(melding)
                .variableName("geregistreerd").singleResult()).extracting(HistoricVariableInstance::getValue)
                .isEqualTo(true);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(melding)
                .finished().count()).isEqualTo(1);
    }

    @Test
    void theHostsOwnRulesStillApplyToItsOwnEndpoints() throws Exception {
        mvc.perform(post("/meldingen")).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, basic(user, GuestApplication.PASSWORD));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
