package nl.weerbaar.bpmn.model;

import nl.weerbaar.bpmn.internal.ProcessModels;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.bpmn.WeerbaarProcesses;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed models and forms are what the Java definitions render to, and every model is complete: diagram
 * information for every element, a Dutch name, a form of its own process on every user task (its validation is added by the engine plugin).
 */
class GeneratedResourcesTests {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final String REGENERATE = "regenerate with ./mvnw -B -Pmodels -pl weerbaar-bpmn -am process-classes";

    @Test
    void committedModelsAndFormsAreUpToDate() throws IOException {
        for (Map.Entry<String, String> resource : ProcessModels.render().entrySet()) {
            Path committed = RESOURCES.resolve(resource.getKey());
            assertThat(committed).as("%s is missing; %s", committed, REGENERATE).exists();
            assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                    .as("%s is out of date; %s", committed, REGENERATE).isEqualTo(resource.getValue());
        }
    }

    @Test
    void everyFlowNodeAndFlowHasDiagramInformationAndANameOrIsAFlowWithoutChoice() {
        for (ModelledProcess process : WeerbaarProcesses.builtIn()) {
            BpmnModelInstance model = Bpmn.readModelFromStream(getClass().getClassLoader()
                    .getResourceAsStream("weerbaar/bpmn/" + process.key() + ".bpmn"));
            var shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).toList();
            var edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(e -> e.getBpmnElement().getId()).toList();
            assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> {
                assertThat(shapes).as("shape of %s in %s", node.getId(), process.key()).contains(node.getId());
                assertThat(node.getName()).as("name of %s in %s", node.getId(), process.key()).isNotBlank();
            });
            assertThat(model.getModelElementsByType(SequenceFlow.class)).allSatisfy(flow ->
                    assertThat(edges).as("edge of %s in %s", flow.getId(), process.key()).contains(flow.getId()));
        }
    }

    @Test
    void everyUserTaskHasAFormOfItsOwnProcessBoundToItsDeployment() {
        for (ModelledProcess process : WeerbaarProcesses.builtIn()) {
            BpmnModelInstance model = process.model();
            assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
                assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).startsWith("weerbaar-");
                assertThat(process.forms()).extracting(form -> form.getAnnotation(TaskForm.class).id())
                        .as("forms of %s", process.key()).contains(task.getCamundaFormRef());
                assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId())
                        .isEqualTo("deployment");
                assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
            });
        }
    }
}
