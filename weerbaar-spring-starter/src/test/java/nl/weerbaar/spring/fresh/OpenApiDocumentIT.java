package nl.weerbaar.spring.fresh;

import com.fasterxml.jackson.databind.JsonNode;
import nl.weerbaar.bpmn.measure.MeasureStatus;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.spring.api.ApiModels;
import nl.weerbaar.spring.api.MonitorModels;
import nl.weerbaar.spring.api.OpenApiContract;
import nl.weerbaar.spring.api.OpenApiContract.Operation;
import nl.weerbaar.spring.api.WeerbaarApi;
import nl.weerbaar.spring.progress.ProgressStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written OpenAPI document and the controllers cannot drift apart: every operation the document describes
 * is one the application maps and the other way round, with the same parameters, media types and request body;
 * every schema has exactly the fields of the record the API writes, and every enum the values of the Java enum.
 * (The responses themselves are checked against the document in {@link FreshApplicationIT}.)
 */
@SpringBootTest(classes = FreshApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ActiveProfiles("fresh")
class OpenApiDocumentIT {

    private static final OpenApiContract CONTRACT = OpenApiContract.v1();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void describesExactlyTheOperationsTheApplicationMapsUnderItsBasePath() {
        assertThat(mapped().keySet()).as("mapped operations").isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(CONTRACT.operations().stream()
                        .map(o -> o.method() + " " + o.template()).toList());
    }

    @Test
    void describesEachOperationsParametersMediaTypesAndBodyAsMapped() {
        mapped().forEach((operation, handler) -> {
            Operation documented = CONTRACT.operations().stream()
                    .filter(o -> (o.method() + " " + o.template()).equals(operation)).findFirst().orElseThrow();
            assertThat(parameters(documented)).as(operation + ": parameters (in, name, required)")
                    .containsExactlyInAnyOrderElementsOf(parameters(handler.method()));
            assertThat(successMediaTypes(documented)).as(operation + ": media types of 2xx")
                    .containsExactlyElementsOf(handler.info().getProducesCondition().getProducibleMediaTypes().stream()
                            .map(MediaType::toString).toList());
            JsonNode body = documented.definition().path("requestBody");
            RequestBody mappedBody = Arrays.stream(handler.method().getMethodParameters())
                    .map(p -> p.getParameterAnnotation(RequestBody.class)).filter(a -> a != null).findFirst()
                    .orElse(null);
            assertThat(body.isMissingNode()).as(operation + ": request body").isEqualTo(mappedBody == null);
            if (mappedBody != null) {
                assertThat(body.path("required").asBoolean(false)).as(operation + ": body required")
                        .isEqualTo(mappedBody.required());
            }
            assertThat(documented.definition().path("responses").has("400"))
                    .as(operation + ": 400 for invalid input").isTrue();
            assertThat(documented.definition().path("responses").has("500")).as(operation + ": 500").isTrue();
            assertThat(documented.definition().path("responses").has("406")).as(operation + ": 406").isTrue();
        });
    }

    @Test
    void describesEverySchemaWithTheFieldsOfTheRecordTheApiWrites() {
        Map<String, Class<? extends Record>> schemas = Map.ofEntries(
                Map.entry("Catalog", ApiModels.CatalogInfo.class),
                Map.entry("Pillar", ApiModels.PillarRef.class),
                Map.entry("Measure", ApiModels.MeasureView.class),
                Map.entry("MeasureProgress", ApiModels.ProgressView.class),
                Map.entry("ProgressReport", ApiModels.ProgressReport.class),
                Map.entry("Lifecycle", ApiModels.LifecycleView.class),
                Map.entry("LifecycleStartReport", ApiModels.LifecycleStartReport.class),
                Map.entry("AlreadyRunningMeasure", ApiModels.AlreadyRunningView.class),
                Map.entry("NotStartedMeasure", ApiModels.NotStartedView.class),
                Map.entry("StatusCounts", MonitorModels.StatusCountsView.class),
                Map.entry("PillarCounts", MonitorModels.PillarCountsView.class),
                Map.entry("CatalogSummary", MonitorModels.CatalogSummaryView.class),
                Map.entry("DashboardMeasure", MonitorModels.DashboardMeasureView.class),
                Map.entry("NoodhandboekState", MonitorModels.NoodhandboekStateView.class),
                Map.entry("Dashboard", MonitorModels.DashboardView.class),
                Map.entry("RegionMeasure", MonitorModels.RegionMeasureView.class),
                Map.entry("RegionCell", MonitorModels.RegionCellView.class),
                Map.entry("RegionMember", MonitorModels.RegionMemberView.class),
                Map.entry("RegionDashboard", MonitorModels.RegionDashboardView.class),
                Map.entry("ScenarioMeasure", MonitorModels.ScenarioMeasureView.class),
                Map.entry("Scenario", MonitorModels.ScenarioView.class),
                Map.entry("NotApplicable", MonitorModels.NotApplicableView.class),
                Map.entry("Raadsrapportage", MonitorModels.RaadsrapportageView.class),
                Map.entry("Contact", MonitorModels.ContactView.class),
                Map.entry("ActionCard", MonitorModels.ActionCardView.class),
                Map.entry("NoodhandboekPhase", MonitorModels.NoodhandboekPhaseView.class),
                Map.entry("Noodsteunpunt", MonitorModels.NoodsteunpuntView.class),
                Map.entry("Noodhandboek", MonitorModels.NoodhandboekView.class));
        schemas.forEach((name, type) -> {
            JsonNode schema = CONTRACT.document().path("components").path("schemas").path(name);
            List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(names(schema.path("properties").fieldNames())).as(name + " properties")
                    .containsExactlyInAnyOrderElementsOf(fields);
            assertThat(texts(schema.path("required"))).as(name + ": every field is always written")
                    .containsExactlyInAnyOrderElementsOf(fields);
        });
        Set<String> described = new TreeSet<>(names(CONTRACT.document().path("components").path("schemas")
                .fieldNames()));
        described.removeAll(schemas.keySet());
        assertThat(described).as("schemas without a record").containsExactlyInAnyOrder("Problem", "Phase",
                "ProgressStatus", "LifecycleStartRequest");
    }

    @Test
    void describesEveryEnumWithTheValuesOfItsJavaEnum() {
        JsonNode schemas = CONTRACT.document().path("components").path("schemas");
        assertThat(texts(schemas.path("Phase").path("enum"))).containsExactlyElementsOf(names(Phase.values()));
        assertThat(texts(schemas.path("ProgressStatus").path("enum")))
                .containsExactlyElementsOf(names(ProgressStatus.values()));
        for (String schema : List.of("Lifecycle", "MeasureProgress")) {
            JsonNode status = schemas.path(schema).path("properties").path("lifecycleStatus");
            List<String> values = new ArrayList<>(names(MeasureStatus.values()));
            values.add(null);
            assertThat(StreamSupport.stream(status.path("enum").spliterator(), false)
                    .map(v -> v.isNull() ? null : v.asText()).toList()).as(schema + ".lifecycleStatus")
                    .containsExactlyElementsOf(values);
        }
    }

    private Map<String, HandlerMethodInfo> mapped() {
        Map<String, HandlerMethodInfo> mapped = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> patterns = info.getPatternValues();
            for (String pattern : patterns) {
                if (pattern.startsWith(WeerbaarApi.V1 + "/") || pattern.equals(WeerbaarApi.V1)) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    assertThat(methods).as(pattern + " maps explicit methods").isNotEmpty();
                    methods.forEach(m -> mapped.put(m.name() + " " + pattern,
                            new HandlerMethodInfo(info, method)));
                }
            }
        });
        return mapped;
    }

    private List<String> parameters(Operation operation) {
        List<JsonNode> all = new ArrayList<>();
        JsonNode pathItem = CONTRACT.document().path("paths")
                .path(operation.template().substring(WeerbaarApi.V1.length()));
        pathItem.path("parameters").forEach(all::add);
        operation.definition().path("parameters").forEach(all::add);
        return all.stream().map(CONTRACT::resolve).map(p -> p.path("in").asText() + " " + p.path("name").asText()
                + " " + p.path("required").asBoolean(false)).toList();
    }

    private static List<String> parameters(HandlerMethod method) {
        List<String> parameters = new ArrayList<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            if (path != null) {
                parameters.add("path " + path.name() + " true");
            } else if (query != null) {
                parameters.add("query " + query.name() + " " + query.required());
            }
        }
        return parameters;
    }

    private static List<String> successMediaTypes(Operation operation) {
        Set<String> types = new TreeSet<>();
        operation.definition().path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        return List.copyOf(types);
    }

    private static List<String> names(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }

    private record HandlerMethodInfo(RequestMappingInfo info, HandlerMethod method) {
    }
}
