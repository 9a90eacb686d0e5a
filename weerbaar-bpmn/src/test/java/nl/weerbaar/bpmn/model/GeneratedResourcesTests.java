package nl.weerbaar.bpmn.model;

import nl.weerbaar.bpmn.internal.ProcessModels;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.bpmn.WeerbaarProcesses;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed models and forms are what the Java definitions render to, and every model is complete: diagram
 * information for every element, a Dutch name, a form of its own process on every user task (its validation is added by the engine plugin).
 */
class GeneratedResourcesTests {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final String REGENERATE = "regenerate with ./mvnw -B -Pmodels -pl weerbaar-bpmn" // same on Operaton
            + " -am process-classes";
    /**
     * The namespace of the engine extensions in the committed models: Camunda 7's, which Operaton reads too, so that
     * both engines deploy the very same files. Operaton's model API writes its own namespace for the same model.
     */
    private static final String COMMITTED_NAMESPACE = "http://camunda.org/schema/1.0/bpmn"; // same on Operaton
    private static final String ENGINE_NAMESPACE = BpmnModelConstants.CAMUNDA_NS;

    @Test
    void committedModelsAndFormsAreUpToDate() throws Exception {
        for (Map.Entry<String, String> resource : ProcessModels.render().entrySet()) {
            Path committed = RESOURCES.resolve(resource.getKey());
            assertThat(committed).as("%s is missing; %s", committed, REGENERATE).exists();
            String text = Files.readString(committed, StandardCharsets.UTF_8);
            if (resource.getKey().endsWith(".bpmn")) {
                assertThat(canonical(text)).as("%s is not the model the Java definition builds; %s", committed,
                        REGENERATE).containsExactlyElementsOf(canonical(resource.getValue()));
            }
            if (ENGINE_NAMESPACE.equals(COMMITTED_NAMESPACE)) {
                assertThat(text).as("%s is out of date; %s", committed, REGENERATE).isEqualTo(resource.getValue());
            }
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

    /**
     * A model as lines, one per element with its attributes sorted and its text, the engine's extension namespace
     * read as the committed one: what the engine parses, whatever the prefixes and the order of attributes.
     */
    private static List<String> canonical(String xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        List<String> lines = new ArrayList<>();
        canonical(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement(), "",
                lines);
        return lines;
    }

    private static void canonical(Element element, String indent, List<String> lines) {
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr attribute = (Attr) all.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                attributes.put(name(attribute), attribute.getValue());
            }
        }
        lines.add(indent + name(element) + " " + attributes);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                canonical(nested, indent + "  ", lines);
            } else if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !child.getNodeValue().isBlank()) {
                lines.add(indent + "  \"" + child.getNodeValue().strip() + "\"");
            }
        }
    }

    private static String name(Node node) {
        String namespace = node.getNamespaceURI() == null ? "" : node.getNamespaceURI();
        return "{" + (namespace.equals(ENGINE_NAMESPACE) ? COMMITTED_NAMESPACE : namespace) + "}" + node.getLocalName();
    }
}
