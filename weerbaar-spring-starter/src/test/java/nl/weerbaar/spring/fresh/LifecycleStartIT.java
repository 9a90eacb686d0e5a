package nl.weerbaar.spring.fresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.spring.api.OpenApiContract;
import nl.weerbaar.spring.api.WeerbaarApi;
import nl.weerbaar.spring.progress.MeasureProgressService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bulk start {@code POST /lifecycles}: what it starts, what it skips, how it refuses, and that it and single
 * starts at the same moment leave exactly one lifecycle per gemeente and measure. Its own database, so the other
 * tests' lifecycles do not count.
 */
@SpringBootTest(classes = FreshApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ActiveProfiles("fresh")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:weerbaar-lifecycle-start;DB_CLOSE_DELAY=-1")
class LifecycleStartIT {

    private static final String PASSWORD = FreshUsers.PASSWORD;
    private static final String BULK = WeerbaarApi.V1 + "/lifecycles";
    private static final OpenApiContract CONTRACT = OpenApiContract.v1();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHAPE = "tuur geen inhoud of {} voor alle maatregelen die voor de gemeente gelden, of"
            + " {\"refs\": [\"2.3\", \"2.4\"]} voor die maatregelen.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    MeasureProgressService progress;

    @BeforeAll
    static void users(@Autowired ProcessEngine engine) {
        FreshUsers.ensure(engine, new String[] {"utrecht.aov", "utrecht"},
                new String[] {"amersfoort.aov", "amersfoort"}, new String[] {"vr-utrecht.aov", "vr-utrecht"});
    }

    @BeforeEach
    void noLifecycleRuns() {
        running().forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test"));
    }

    @Test
    void startsEveryMeasureThatAppliesAndSkipsWhatRunsAlready() throws Exception {
        String running = json(as("utrecht.aov", post(WeerbaarApi.V1 + "/catalog/measures/2.3/lifecycles"))
                .andExpect(status().isCreated())).path("id").asText();

        JsonNode report = json(as("utrecht.aov", post(BULK)).andExpect(status().isOk()));

        assertThat(report.path("tenant").asText()).isEqualTo("utrecht");
        // The guide's 41 measures, less 3.4 (utrecht's overlay: not applicable) and 2.3 (running).
        List<String> started = texts(report.path("started"), "ref");
        assertThat(started).hasSize(39).doesNotContain("3.4", "2.3").startsWith("1.1");
        assertThat(report.path("alreadyRunning")).hasSize(1);
        assertThat(report.path("alreadyRunning").path(0).path("ref").asText()).isEqualTo("2.3");
        assertThat(report.path("alreadyRunning").path(0).path("lifecycleId").asText()).isEqualTo(running);
        assertThat(report.path("alreadyRunning").path(0).path("tenant").asText()).isEqualTo("utrecht");
        assertThat(report.path("notStarted")).isEmpty();
        Map<String, ProcessInstance> byKey = running().stream()
                .collect(Collectors.toMap(ProcessInstance::getBusinessKey, instance -> instance));
        assertThat(byKey).hasSize(40);
        for (JsonNode lifecycle : report.path("started")) {
            ProcessInstance instance = byKey.get(lifecycle.path("businessKey").asText());
            assertThat(instance).as(lifecycle.toString()).isNotNull();
            assertThat(lifecycle.path("id").asText()).isEqualTo(instance.getId());
            assertThat(lifecycle.path("tenant").asText()).isEqualTo(instance.getTenantId());
            assertThat(lifecycle.path("lifecycleStatus").asText()).isEqualTo("INTAKE");
        }

        JsonNode again = json(as("utrecht.aov", post(BULK).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()));
        assertThat(again.path("started")).isEmpty();
        assertThat(texts(again.path("alreadyRunning"), "ref")).hasSize(40).doesNotContain("3.4");
        assertThat(running()).hasSize(40);
    }

    @Test
    void aMeasureTheRegionLeadsStartsInTheRegionsTenantAsASingleStartDoes() throws Exception {
        JsonNode utrecht = json(as("utrecht.aov", post(BULK).contentType(MediaType.APPLICATION_JSON)
                .content("{\"refs\": [\"2.6\", \"2.3\"]}")).andExpect(status().isOk()));
        assertThat(texts(utrecht.path("started"), "ref")).containsExactly("2.6", "2.3");
        assertThat(utrecht.path("started").path(0).path("tenant").asText()).isEqualTo("vr-utrecht");
        assertThat(utrecht.path("started").path(0).path("businessKey").asText()).isEqualTo("vr-utrecht:2.6");
        assertThat(utrecht.path("started").path(1).path("tenant").asText()).isEqualTo("utrecht");
        String regional = utrecht.path("started").path(0).path("id").asText();

        // The region's lifecycle serves amersfoort too: running for it, in the region's tenant.
        JsonNode amersfoort = json(as("amersfoort.aov", post(BULK).contentType(MediaType.APPLICATION_JSON)
                .content("{\"refs\": [\"2.6\", \"2.3\"]}")).andExpect(status().isOk()));
        assertThat(texts(amersfoort.path("started"), "ref")).containsExactly("2.3");
        assertThat(amersfoort.path("started").path(0).path("tenant").asText()).isEqualTo("amersfoort");
        assertThat(texts(amersfoort.path("alreadyRunning"), "ref")).containsExactly("2.6");
        assertThat(amersfoort.path("alreadyRunning").path(0).path("lifecycleId").asText()).isEqualTo(regional);
        assertThat(amersfoort.path("alreadyRunning").path(0).path("tenant").asText()).isEqualTo("vr-utrecht");
        as("amersfoort.aov", get(WeerbaarApi.V1 + "/catalog/measures/2.6/lifecycles"))
                .andExpect(jsonPath("$[?(@.endedAt == null)].id").value(contains(regional)));
        assertThat(running()).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("vr-utrecht:2.6", "utrecht:2.3", "amersfoort:2.3");
    }

    @Test
    void aRegionStartsWhatItLeadsAndReportsEveryOtherMeasureAsNotStartedWithTheStartRulesReason() throws Exception {
        JsonNode report = json(as("vr-utrecht.aov", post(BULK).contentType(MediaType.APPLICATION_JSON)
                .content("{\"refs\": [\"1.1\", \"2.6\", \"4.2\"]}")).andExpect(status().isOk()));

        assertThat(texts(report.path("started"), "ref")).containsExactly("2.6");
        assertThat(report.path("started").path(0).path("businessKey").asText()).isEqualTo("vr-utrecht:2.6");
        assertThat(report.path("alreadyRunning")).isEmpty();
        assertThat(texts(report.path("notStarted"), "ref")).containsExactly("1.1", "4.2");
        assertThat(report.path("notStarted").path(0).path("detail").asText())
                .startsWith("Levenscyclus niet gestart: vr-utrecht voert maatregel 1.1 voor geen van haar gemeenten"
                        + " uit");
        assertThat(keys()).containsExactly("vr-utrecht:2.6");
    }

    @Test
    void refusesInputItDoesNotTakeNamingEachFaultAndWhereBeforeAnythingStarts() throws Exception {
        refused("{\"refs\": [\"1.1\", \"9.9\", \"1.1\", 7, \"x y\"]}", "Niets gestart: refs[1]: maatregel 9.9"
                + " bestaat niet in de catalogus van utrecht; refs[2] noemt maatregel 1.1 nogmaals (ook refs[0]);"
                + " refs[3] (7) is geen maatregelnummer, zoals \"2.3\"; refs[4] (\"x y\") is geen maatregelnummer,"
                + " zoals \"2.3\". S" + SHAPE);
        refused("{\"refs\": [\"1.1\"], \"owner\": \"utrecht.aov\"}", "Niets gestart: veld 'owner' wordt niet"
                + " aangenomen. S" + SHAPE);
        refused("{\"refs\": []}", "Niets gestart: 'refs' is leeg; laat het weg voor alle maatregelen, of noem er"
                + " minstens één. S" + SHAPE);
        refused("{\"refs\": \"1.1\"}", "Niets gestart: 'refs' is geen lijst van maatregelnummers. S" + SHAPE);
        refused("[\"1.1\"]", "De inhoud van het verzoek is geen JSON-object; s" + SHAPE);
        refused("{refs", "De inhoud van het verzoek is geen geldige JSON.");
        as("utrecht.aov", post(BULK).contentType(MediaType.TEXT_PLAIN).content("1.1"))
                .andExpect(status().isUnsupportedMediaType());
        as("utrecht.aov", get(BULK)).andExpect(status().isMethodNotAllowed());
        assertThat(running()).isEmpty();
    }

    @Test
    void concurrentSingleAndBulkStartsLeaveExactlyOneRunningPerMeasure() throws Exception {
        List<String> singles = List.of("1.1", "1.1", "2.3", "2.6", "2.6", "4.2", "6.1", "3.4");
        ExecutorService threads = Executors.newFixedThreadPool(singles.size() + 2);
        try {
            for (int round = 0; round < 4; round++) {
                noLifecycleRuns();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<JsonNode>> bulks = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    bulks.add(threads.submit(() -> {
                        go.await();
                        return json(as("amersfoort.aov", post(BULK)).andExpect(status().isOk()));
                    }));
                }
                List<Future<MvcResult>> starts = new ArrayList<>();
                for (String ref : singles) {
                    starts.add(threads.submit(() -> {
                        go.await();
                        return as("amersfoort.aov", post(WeerbaarApi.V1 + "/catalog/measures/" + ref + "/lifecycles"))
                                .andReturn();
                    }));
                }
                go.countDown();

                Map<String, Integer> startedBy = new HashMap<>();
                for (Future<JsonNode> bulk : bulks) {
                    JsonNode report = bulk.get(60, TimeUnit.SECONDS);
                    assertThat(report.path("notStarted")).as(report.toString()).isEmpty();
                    texts(report.path("started"), "ref").forEach(ref -> startedBy.merge(ref, 1, Integer::sum));
                    List<String> all = new ArrayList<>(texts(report.path("started"), "ref"));
                    all.addAll(texts(report.path("alreadyRunning"), "ref"));
                    assertThat(all).as("every measure once in " + report).hasSize(41).doesNotHaveDuplicates();
                }
                for (int i = 0; i < singles.size(); i++) {
                    int status = starts.get(i).get(60, TimeUnit.SECONDS).getResponse().getStatus();
                    assertThat(status).as(singles.get(i)).isIn(201, 409);
                    if (status == 201) {
                        startedBy.merge(singles.get(i), 1, Integer::sum);
                    }
                }
                Map<String, Long> perKey = running().stream()
                        .collect(Collectors.groupingBy(ProcessInstance::getBusinessKey, Collectors.counting()));
                assertThat(perKey).as("round " + round).hasSize(41).allSatisfy((key, count) -> assertThat(count)
                        .as(key).isEqualTo(1));
                assertThat(startedBy).as("who started what, round " + round).hasSize(41)
                        .allSatisfy((ref, count) -> assertThat(count).as(ref).isEqualTo(1));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void startsTheWholeCatalogInOneCallAsOneByOneWould() throws Exception {
        startOneByOne("amersfoort.aov"); // warm-up of both ways, not measured
        noLifecycleRuns();
        as("amersfoort.aov", post(BULK)).andExpect(status().isOk());
        noLifecycleRuns();

        long before = System.nanoTime();
        startOneByOne("amersfoort.aov");
        long oneByOne = System.nanoTime() - before;
        List<String> singly = keys();
        noLifecycleRuns();

        before = System.nanoTime();
        JsonNode report = json(as("amersfoort.aov", post(BULK)).andExpect(status().isOk()));
        long bulk = System.nanoTime() - before;

        assertThat(texts(report.path("started"), "ref")).hasSize(41);
        assertThat(keys()).containsExactlyInAnyOrderElementsOf(singly).hasSize(41);
        System.out.printf("41 starts of amersfoort's measures (H2, MockMvc): one by one %d ms, bulk %d ms%n",
                oneByOne / 1_000_000, bulk / 1_000_000);
    }

    private void startOneByOne(String user) throws Exception {
        for (String ref : progress.progress("amersfoort").stream().map(p -> p.ref()).toList()) {
            as(user, post(WeerbaarApi.V1 + "/catalog/measures/" + ref + "/lifecycles")).andExpect(status().isCreated());
        }
    }

    private void refused(String body, String detail) throws Exception {
        as("utrecht.aov", post(BULK).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(detail));
    }

    private List<ProcessInstance> running() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY).list();
    }

    private List<String> keys() {
        return running().stream().map(ProcessInstance::getBusinessKey).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
    }

    private static JsonNode json(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A call as the user, its response held to the OpenAPI document. */
    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))).andDo(CONTRACT);
    }
}
