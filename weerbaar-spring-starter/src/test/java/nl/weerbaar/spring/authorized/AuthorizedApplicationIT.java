package nl.weerbaar.spring.authorized;

import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.spring.api.OpenApiContract;
import nl.weerbaar.spring.api.WeerbaarApi;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With Camunda authorization on and tenants from the identity service: only the configured process is deployed,
 * to every tenant the identity service knows, and the API respects the caller's authorizations.
 */
@SpringBootTest(classes = AuthorizedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ActiveProfiles("authorized")
class AuthorizedApplicationIT {

    private static final OpenApiContract CONTRACT = OpenApiContract.v1();

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @Test
    void deploysOnlyTheConfiguredProcessToTheIdentityServicesTenants() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
                .extracting(d -> d.getTenantId() + "/" + d.getKey())
                .containsExactlyInAnyOrder("zeist/" + MeasureProcess.KEY, "houten/" + MeasureProcess.KEY);
    }

    @Test
    void startsWhenAuthorizedAndRefusesWithAProblemWhenNot() throws Exception {
        as("zeist.aov", post(WeerbaarApi.V1 + "/catalog/measures/1.1/lifecycles"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.businessKey").value("zeist:1.1"))
                .andExpect(jsonPath("$.lifecycleStatus").value("INTAKE"));
        as("houten.stagiair", post(WeerbaarApi.V1 + "/catalog/measures/1.1/lifecycles"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", startsWith("U hebt geen rechten voor deze handeling")));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("houten").count()).isZero();
    }

    @Test
    void showsEachUserOnlyTheirOwnGemeente() throws Exception {
        as("zeist.aov", post(WeerbaarApi.V1 + "/catalog/measures/2.2/lifecycles")).andExpect(status().isCreated());

        as("houten.stagiair", get(WeerbaarApi.V1 + "/progress"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value("houten"))
                .andExpect(jsonPath("$.measures[?(@.status != 'NOT_STARTED')]").isEmpty());
        as("zeist.aov", get(WeerbaarApi.V1 + "/progress"))
                .andExpect(jsonPath("$.measures[?(@.ref == '2.2')].status").value("IN_PROGRESS"));
    }

    /** A call as the user, its response held to the OpenAPI document. */
    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, basic(user))).andDo(CONTRACT);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + AuthorizedApplication.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
