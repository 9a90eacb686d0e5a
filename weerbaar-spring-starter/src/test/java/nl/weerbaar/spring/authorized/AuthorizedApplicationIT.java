package nl.weerbaar.spring.authorized;

import java.util.List;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
    void deploysOnlyTheConfiguredProcessOnceForTheIdentityServicesTenants() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
                .extracting(d -> d.getTenantId() + "/" + d.getKey())
                .containsExactly("null/" + MeasureProcess.KEY);
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
    void startsManyWhenAuthorizedAndRefusesTheWholeCallWithAProblemWhenNot() throws Exception {
        as("zeist.aov", post(WeerbaarApi.V1 + "/lifecycles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"refs\": [\"3.1\", \"3.2\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.started[*].businessKey").value(contains("zeist:3.1", "zeist:3.2")))
                .andExpect(jsonPath("$.started[*].lifecycleStatus").value(contains("INTAKE", "INTAKE")));
        as("houten.stagiair", post(WeerbaarApi.V1 + "/lifecycles"))
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

    @Test
    void aTenantCreatedAtRuntimeStartsAtOnceWithoutARestartOrADeploymentOfItsOwn() throws Exception {
        IdentityService identity = engine.getIdentityService();
        identity.saveTenant(identity.newTenant("bunnik"));
        User user = identity.newUser("bunnik.aov");
        user.setPassword(AuthorizedApplication.PASSWORD);
        identity.saveUser(user);
        identity.createTenantUserMembership("bunnik", "bunnik.aov");
        List<Authorization> grants = List.of(
                AuthorizedApplication.grant(engine, "bunnik.aov", Resources.PROCESS_DEFINITION, Permissions.READ,
                        Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE),
                AuthorizedApplication.grant(engine, "bunnik.aov", Resources.PROCESS_INSTANCE, Permissions.CREATE,
                        Permissions.READ));
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        try {
            as("bunnik.aov", post(WeerbaarApi.V1 + "/catalog/measures/1.1/lifecycles"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.businessKey").value("bunnik:1.1"));
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("bunnik:1.1")
                    .singleResult().getTenantId()).isEqualTo("bunnik");
            assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("nothing deployed for it")
                    .isEqualTo(deployments);
        } finally {
            engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("bunnik").list()
                    .forEach(i -> engine.getRuntimeService().deleteProcessInstance(i.getId(), "test", true));
            grants.forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
            identity.deleteUser("bunnik.aov");
            identity.deleteTenant("bunnik");
        }
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
