package nl.weerbaar.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.bpmn.forms.FormBinder;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.ExampleAppTest;
import nl.weerbaar.example.support.TestDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestContextManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever variables a client sends to any Weerbaar form over the engine REST API — its fields, its read-only
 * values, other process variables or made-up names, as text, numbers, dates, yes/no, bytes, serialized Java
 * objects, JSON, XML or an unknown type — the answer is a success or a 4xx, never a 5xx, and a refused submission
 * leaves the task as it was. Every form is reached through one model with a user task per form, deployed (without
 * tenant) under the measure process's key so the engine guards it like Weerbaar's own, and removed afterwards.
 * The application is the run's shared Spring context, found through Spring's test context cache (jqwik is not
 * JUnit Jupiter).
 */
@ExampleAppTest
class FormPropertiesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "utrecht.aov";
    private static final List<Class<? extends Record>> FORMS = WeerbaarProcesses.builtIn().stream()
            .map(WeerbaarProcess::forms).flatMap(List::stream).toList();
    private static final List<String> OTHER_NAMES = List.of("measureStatus", "measureRef", "authorityGroup", "owner",
            "measureOverdue", "x", "", " ", "a.b", "naam met spaties", "ü", "__proto__");

    private static String deployment;
    private static String instance;
    private static ProcessEngine shared;

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @BeforeProperty
    void application() throws Exception {
        if (TestDatabase.prepare().isDisabled()) {
            throw new org.opentest4j.TestAbortedException(TestDatabase.prepare().getReason().orElse("no database"));
        }
        new TestContextManager(getClass()).prepareTestInstance(this);
        if (deployment == null) {
            shared = engine;
            // In a tenant of its own, so that the one shared definition every other test starts stays the newest.
            deployment = engine.getRepositoryService().createDeployment().name("form-properties-it")
                    .tenantId("eigenschappen").addModelInstance("form-properties.bpmn", everyForm()).deploy().getId();
            instance = engine.getRuntimeService().createProcessInstanceByKey(MeasureProcess.KEY)
                    .processDefinitionTenantId("eigenschappen").businessKey("eigenschappen:1.1").execute().getId();
        }
    }

    @AfterContainer
    static void removeTheModel() {
        if (deployment != null) {
            shared.getRepositoryService().deleteDeployment(deployment, true, true);
            deployment = null;
        }
    }

    @Property(tries = 300)
    void anySubmissionToAFormIsASuccessOrA4xxAndARefusalLeavesTheTaskAsItWas(
            @ForAll("forms") Class<? extends Record> form, @ForAll("submissions") Submission submission) {
        Task task = openTask(form);
        Map<String, String> before = variables(task.getId());
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        submission.variables(form).forEach(variables::set);

        Response answer = Api.onPort(port).post("/engine-rest/task/" + task.getId() + "/" + submission.endpoint(),
                USER, body.toString());

        assertThat(answer.status()).as("%s %s: %s", form.getSimpleName(), body, answer.body())
                .satisfiesAnyOf(status -> assertThat(status).isEqualTo(204),
                        status -> assertThat(status).isBetween(400, 499));
        if (answer.status() >= 400) {
            assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
                    .as("the task stays open").isEqualTo(1);
            assertThat(variables(task.getId())).as("its variables stay as they were").isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<Class<? extends Record>> forms() {
        return Arbitraries.of(FORMS);
    }

    @Provide
    Arbitrary<Submission> submissions() {
        Arbitrary<Entry> entry = Combinators.combine(names(), values()).as(Entry::new);
        return Combinators.combine(entry.list().ofMaxSize(6), Arbitraries.of("complete", "submit-form"))
                .as(Submission::new);
    }

    /** A name: often one of the form's own, its read-only values' or another process variable, or anything. */
    private Arbitrary<Integer> names() {
        return Arbitraries.integers().between(0, 999);
    }

    private Arbitrary<ObjectNode> values() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("", " ", "VAN_TOEPASSING", "NIET_VAN_TOEPASSING", "GOEDGEKEURD", "AFGEKEURD",
                        "GESLAAGD", "2099-01-01", "2026-02-30", "morgen", "true", "42", "https://example.org/x",
                        "3511 AB", "06 12345678", "x".repeat(20_000)));
        return Arbitraries.oneOf(
                text.map(value -> value(value, null)),
                text.map(value -> value(value, "String")),
                Arbitraries.integers().map(value -> value(value, "Integer")),
                Arbitraries.longs().map(value -> value(value, "Long")),
                Arbitraries.doubles().map(value -> value(value, "Double")),
                Arbitraries.of(true, false).map(value -> value(value, "Boolean")),
                Arbitraries.of("2099-01-01T00:00:00.000+0100", "gisteren").map(value -> value(value, "Date")),
                Arbitraries.just(value("AQID", "Bytes")),
                Arbitraries.just(javaObject(value("rO0ABXQAAXg=", "Object"))),
                Arbitraries.of("{\"a\": 1}", "[").map(value -> value(value, "Json")),
                Arbitraries.of("<a/>", "<").map(value -> value(value, "Xml")),
                Arbitraries.just(value("x", "Onbekend")),
                Arbitraries.just(JSON.createObjectNode().putNull("value")));
    }

    private static ObjectNode value(Object value, String type) {
        ObjectNode node = JSON.createObjectNode();
        node.set("value", JSON.valueToTree(value));
        if (type != null) {
            node.put("type", type);
        }
        return node;
    }

    private static ObjectNode javaObject(ObjectNode node) {
        node.putObject("valueInfo").put("objectTypeName", "java.lang.String")
                .put("serializationDataFormat", "application/x-java-serialized-object");
        return node;
    }

    /** One variable of a submission: which name (picked against the form) and its JSON value. */
    record Entry(int name, ObjectNode value) {
    }

    /** A submission: its variables and whether it completes the task or submits its form. */
    record Submission(List<Entry> entries, String endpoint) {

        Map<String, ObjectNode> variables(Class<? extends Record> form) {
            List<String> fields = FormBinder.fields(form);
            List<String> shown = Arrays.stream(form.getAnnotation(TaskForm.class).context())
                    .map(TaskForm.Context::variable).toList();
            Map<String, ObjectNode> variables = new TreeMap<>();
            for (Entry entry : entries) {
                int pick = entry.name();
                String name = pick < 500 ? fields.get(pick % fields.size())
                        : pick < 650 && !shown.isEmpty() ? shown.get(pick % shown.size())
                        : OTHER_NAMES.get(pick % OTHER_NAMES.size());
                variables.put(name, entry.value());
            }
            return variables;
        }
    }

    /** The open task of the form; after a completion that was accepted, the form's task is opened again. */
    private Task openTask(Class<? extends Record> form) {
        String activity = activity(form);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(activity).singleResult();
        if (task == null) {
            engine.getRuntimeService().createProcessInstanceModification(instance).startBeforeActivity(activity)
                    .execute();
            task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity)
                    .singleResult();
        }
        return task;
    }

    private Map<String, String> variables(String taskId) {
        Map<String, String> values = new TreeMap<>();
        engine.getTaskService().getVariablesTyped(taskId, false).forEach((name, value) -> {
            TypedValue typed = engine.getTaskService().getVariableTyped(taskId, name, false);
            values.put(name, typed.getType() + ":" + (typed instanceof SerializableValue serializable
                    && !serializable.isDeserialized() ? serializable.getValueSerialized() : typed.getValue()));
        });
        return values;
    }

    private static String activity(Class<? extends Record> form) {
        return "Task_" + form.getAnnotation(TaskForm.class).id().replace('-', '_');
    }

    /** One user task per Weerbaar form, all open at once, for the user sending the submissions. */
    private static BpmnModelInstance everyForm() {
        AbstractFlowNodeBuilder<?, ?> fork = Bpmn.createExecutableProcess(MeasureProcess.KEY)
                .camundaHistoryTimeToLive(1).startEvent().parallelGateway("Fork");
        List<String> seen = new ArrayList<>();
        for (Class<? extends Record> form : FORMS) {
            String id = form.getAnnotation(TaskForm.class).id();
            if (seen.contains(id)) {
                continue;
            }
            seen.add(id);
            fork.moveToNode("Fork").userTask(activity(form)).camundaFormRef(id).camundaFormRefBinding("latest")
                    .camundaCandidateUsers(USER)
                    .endEvent();
        }
        return fork.done();
    }
}
