package nl.weerbaar.bpmn.model;

import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram layout gives every element one shape or edge, keeps shapes apart and flows out of shapes, and gives
 * the same model the same diagram; checked on the maatregel model and on a test model with the constructs the
 * other processes use. Both laid-out models are written to {@code target/diagram-layout} for bpmnlint.
 */
class DiagramLayoutTests {

    private static final String TEST_PROCESS = "weerbaar-layout-proef";

    static Stream<String> models() {
        return Stream.of("maatregel", "proef");
    }

    private static BpmnModelInstance model(String name) {
        return name.equals("maatregel") ? MeasureProcessModel.create() : testModel();
    }

    private static BpmnModelInstance laidOut(String name) {
        BpmnModelInstance model = DiagramLayout.apply(model(name));
        try {
            Path directory = Path.of("target", "diagram-layout");
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".bpmn"), Bpmn.convertToString(model), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return model;
    }

    /**
     * Parallel split and join, an event-based gateway with a message and a timer, a multi-instance call activity,
     * a second (message) start event, a boundary timer, a loop back to an earlier gateway and an event subprocess
     * with a timer start.
     */
    private static BpmnModelInstance testModel() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(TEST_PROCESS)
                .name("Layout proef")
                .camundaHistoryTimeToLive(30)
                .startEvent("Start_Aanvraag").name("Aanvraag ontvangen")
                .exclusiveGateway("Gateway_Opnieuw").name("Opnieuw")
                .parallelGateway().id("Gateway_Splitsen")
                .userTask("Task_Juridisch").name("Juridisch toetsen")
                .parallelGateway().id("Gateway_Samenvoegen")
                .moveToNode("Gateway_Splitsen")
                .userTask("Task_Financieel").name("Financieel toetsen")
                .connectTo("Gateway_Samenvoegen")
                .moveToNode("Gateway_Splitsen")
                .serviceTask("Task_Registreren").name("Aanvraag registreren").camundaExpression("${true}")
                .connectTo("Gateway_Samenvoegen")
                .moveToNode("Gateway_Samenvoegen")
                .serviceTask("Task_Opvragen").name("Stukken opvragen").camundaExpression("${true}")
                .eventBasedGateway().id("Gateway_Wachten")
                .intermediateCatchEvent("Catch_Stukken").name("Stukken ontvangen").message("stukken-ontvangen")
                .userTask("Task_Beoordelen").name("Aanvraag beoordelen")
                .exclusiveGateway("Gateway_Compleet").name("Compleet?")
                .condition("Compleet", "${compleet}")
                .callActivity("Call_Uitvoeren").name("Per maatregel uitvoeren").calledElement("weerbaar-maatregel")
                    .multiInstance().parallel().camundaCollection("${maatregelen}")
                    .camundaElementVariable("maatregel").multiInstanceDone()
                .endEvent("End_Afgerond").name("Aanvraag afgerond")
                .moveToNode("Gateway_Compleet")
                .condition("Onvolledig", "${!compleet}")
                .connectTo("Gateway_Opnieuw")
                .moveToNode("Gateway_Wachten")
                .intermediateCatchEvent("Catch_Termijn").name("Termijn verlopen").timerWithDuration("P14D")
                .endEvent("End_Verlopen").name("Aanvraag verlopen")
                .moveToActivity("Task_Beoordelen")
                .boundaryEvent("Boundary_Traag").name("Beoordeling duurt lang").cancelActivity(false)
                    .timerWithDuration("P5D")
                .serviceTask("Task_Melden").name("Vertraging melden").camundaExpression("${true}")
                .endEvent("End_Gemeld").name("Vertraging gemeld")
                .done();
        Process process = model.getModelElementById(TEST_PROCESS);
        process.builder()
                .startEvent("Start_Bericht").name("Aanvraag per bericht").message("aanvraag-bericht")
                .connectTo("Gateway_Opnieuw");
        process.builder()
                .eventSubProcess("EventSub_Rappel").name("Wekelijks rappel")
                .startEvent("Start_Rappel").name("Elke week").timerWithCycle("R/P7D").interrupting(false)
                .serviceTask("Task_Rappel").name("Rappel sturen").camundaExpression("${true}")
                .endEvent("End_Rappel").name("Rappel gestuurd");
        return model;
    }

    @ParameterizedTest
    @MethodSource("models")
    void givesEveryFlowNodeOneShapeAndEverySequenceFlowOneEdge(String name) {
        BpmnModelInstance model = laidOut(name);
        Map<String, Long> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .collect(Collectors.groupingBy(s -> s.getBpmnElement().getId(), Collectors.counting()));
        Map<String, Long> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .collect(Collectors.groupingBy(e -> e.getBpmnElement().getId(), Collectors.counting()));

        assertThat(shapes).isEqualTo(model.getModelElementsByType(FlowNode.class).stream()
                .collect(Collectors.toMap(FlowNode::getId, node -> 1L)));
        assertThat(edges).isEqualTo(model.getModelElementsByType(SequenceFlow.class).stream()
                .collect(Collectors.toMap(SequenceFlow::getId, flow -> 1L)));
    }

    @ParameterizedTest
    @MethodSource("models")
    void replacesTheDiagramWithOnePlaneAndIdsNamedAfterTheElements(String name) {
        BpmnModelInstance model = laidOut(name);

        Collection<BpmnDiagram> diagrams = model.getDefinitions().getBpmDiagrams();
        assertThat(diagrams).hasSize(1);
        BpmnPlane plane = diagrams.iterator().next().getBpmnPlane();
        assertThat(plane.getBpmnElement().getId()).isEqualTo(model.getModelElementsByType(Process.class).iterator().next().getId());
        assertThat(model.getModelElementsByType(BpmnShape.class))
                .allSatisfy(shape -> assertThat(shape.getId()).isEqualTo(shape.getBpmnElement().getId() + "_di"));
        assertThat(model.getModelElementsByType(BpmnEdge.class))
                .allSatisfy(edge -> assertThat(edge.getId()).isEqualTo(edge.getBpmnElement().getId() + "_di"));
        assertThat(model.getModelElementsByType(SubProcess.class))
                .allSatisfy(subProcess -> assertThat(shape(model, subProcess).isExpanded()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("models")
    void keepsShapesInTheSameContainerApart(String name) {
        BpmnModelInstance model = laidOut(name);
        List<String> overlaps = new ArrayList<>();
        for (Collection<FlowElement> container : containers(model)) {
            List<FlowNode> nodes = container.stream().filter(FlowNode.class::isInstance).map(FlowNode.class::cast)
                    .toList();
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    FlowNode a = nodes.get(i);
                    FlowNode b = nodes.get(j);
                    if (!attached(a, b) && touch(bounds(model, a), bounds(model, b))) {
                        overlaps.add(a.getId() + " / " + b.getId());
                    }
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void keepsChildrenInsideTheirSubProcess(String name) {
        BpmnModelInstance model = laidOut(name);
        for (SubProcess subProcess : model.getModelElementsByType(SubProcess.class)) {
            Bounds outer = bounds(model, subProcess);
            assertThat(subProcess.getChildElementsByType(FlowNode.class)).isNotEmpty().allSatisfy(child -> {
                Bounds inner = bounds(model, child);
                assertThat(inner.getX()).as("left of %s", child.getId()).isGreaterThanOrEqualTo(outer.getX());
                assertThat(inner.getY()).as("top of %s", child.getId()).isGreaterThanOrEqualTo(outer.getY());
                assertThat(inner.getX() + inner.getWidth()).as("right of %s", child.getId())
                        .isLessThanOrEqualTo(outer.getX() + outer.getWidth());
                assertThat(inner.getY() + inner.getHeight()).as("bottom of %s", child.getId())
                        .isLessThanOrEqualTo(outer.getY() + outer.getHeight());
            });
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void startsAndEndsEveryFlowOnItsSourceAndTargetBounds(String name) {
        BpmnModelInstance model = laidOut(name);
        assertThat(model.getModelElementsByType(SequenceFlow.class)).allSatisfy(flow -> {
            List<Waypoint> points = List.copyOf(edge(model, flow).getWaypoints());
            assertThat(points).hasSizeGreaterThanOrEqualTo(2);
            assertThat(onOutline(points.get(0), bounds(model, flow.getSource())))
                    .as("%s starts on %s", flow.getId(), flow.getSource().getId()).isTrue();
            assertThat(onOutline(points.get(points.size() - 1), bounds(model, flow.getTarget())))
                    .as("%s ends on %s", flow.getId(), flow.getTarget().getId()).isTrue();
        });
    }

    @ParameterizedTest
    @MethodSource("models")
    void routesEveryFlowOrthogonallyAndAroundTheShapesItPasses(String name) {
        BpmnModelInstance model = laidOut(name);
        List<String> hits = new ArrayList<>();
        for (Collection<FlowElement> container : containers(model)) {
            for (SequenceFlow flow : container.stream().filter(SequenceFlow.class::isInstance)
                    .map(SequenceFlow.class::cast).toList()) {
                List<Waypoint> points = List.copyOf(edge(model, flow).getWaypoints());
                for (int i = 0; i < points.size() - 1; i++) {
                    Waypoint a = points.get(i);
                    Waypoint b = points.get(i + 1);
                    assertThat(a.getX().equals(b.getX()) || a.getY().equals(b.getY()))
                            .as("segment %d of %s is horizontal or vertical", i, flow.getId()).isTrue();
                    for (FlowElement element : container) {
                        if (element instanceof FlowNode node && !node.getId().equals(flow.getSource().getId())
                                && !node.getId().equals(flow.getTarget().getId())
                                && crosses(a, b, bounds(model, node))) {
                            hits.add(flow.getId() + " through " + node.getId());
                        }
                    }
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void routesALoopBackBelowOrAboveTheShapesItSkipsAndEntersTheGatewayVertically() {
        BpmnModelInstance model = laidOut("proef");
        SequenceFlow loop = model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(f -> f.getSource().getId().equals("Gateway_Compleet")
                        && f.getTarget().getId().equals("Gateway_Opnieuw"))
                .findFirst().orElseThrow();
        List<Waypoint> points = List.copyOf(edge(model, loop).getWaypoints());
        Bounds source = bounds(model, loop.getSource());
        Bounds target = bounds(model, loop.getTarget());
        double run = points.stream().mapToDouble(Waypoint::getY).max().orElseThrow();
        if (points.get(1).getY() < points.get(0).getY()) {
            run = points.stream().mapToDouble(Waypoint::getY).min().orElseThrow();
        }
        double channel = run;

        assertThat(points).hasSize(4);
        assertThat(points.get(0).getX()).isEqualTo(source.getX() + source.getWidth() / 2);
        assertThat(points.get(3).getX()).isEqualTo(target.getX() + target.getWidth() / 2);
        List<FlowNode> skipped = model.<Process>getModelElementById(TEST_PROCESS)
                .getChildElementsByType(FlowNode.class).stream()
                .filter(node -> !(node instanceof SubProcess))
                .filter(node -> {
                    Bounds b = bounds(model, node);
                    return b.getX() > target.getX() + target.getWidth() && b.getX() + b.getWidth() < source.getX()
                            && b.getY() < source.getY() + source.getHeight() && b.getY() + b.getHeight() > source.getY();
                })
                .toList();
        assertThat(skipped).extracting(FlowNode::getId).contains("Gateway_Splitsen", "Task_Opvragen",
                "Task_Beoordelen");
        assertThat(skipped).allSatisfy(node -> {
            Bounds b = bounds(model, node);
            assertThat(channel < b.getY() || channel > b.getY() + b.getHeight())
                    .as("loop runs clear of %s", node.getId()).isTrue();
        });
    }

    @Test
    void keepsTheFirstBranchOfASplitOnTheRowOfTheSplit() {
        BpmnModelInstance model = laidOut("proef");

        assertThat(centreY(model, "Task_Juridisch")).isEqualTo(centreY(model, "Gateway_Splitsen"));
        assertThat(centreY(model, "Call_Uitvoeren")).isEqualTo(centreY(model, "Gateway_Compleet"));
        assertThat(centreY(model, "Catch_Stukken")).isEqualTo(centreY(model, "Gateway_Wachten"));
        assertThat(centreY(model, "Task_Financieel")).isGreaterThan(centreY(model, "Task_Juridisch"));
        assertThat(centreY(model, "Task_Registreren")).isGreaterThan(centreY(model, "Task_Financieel"));
        assertThat(centreY(model, "Catch_Termijn")).isGreaterThan(centreY(model, "Catch_Stukken"));
    }

    @Test
    void putsBoundaryEventsOnTheHostsBottomEdgeAndTheirFlowBelowTheHost() {
        BpmnModelInstance model = laidOut("maatregel");
        Bounds host = bounds(model, model.getModelElementById(MeasureProcessModel.EXECUTION));
        Bounds event = bounds(model, model.getModelElementById(MeasureProcessModel.OVERDUE_CAUGHT));
        assertThat(event.getY() + event.getHeight() / 2).isEqualTo(host.getY() + host.getHeight());
        assertThat(event.getX()).isBetween(host.getX(), host.getX() + host.getWidth() - event.getWidth());
        assertThat(bounds(model, model.getModelElementById(MeasureProcessModel.ESCALATION)).getY())
                .isGreaterThan(host.getY() + host.getHeight());
    }

    @Test
    void putsAnEventSubProcessInsideItsSubProcessBelowTheSubProcesssOwnFlow() {
        BpmnModelInstance model = laidOut("maatregel");
        Bounds host = bounds(model, model.getModelElementById(MeasureProcessModel.EXECUTION));
        Bounds deadlines = bounds(model, model.getModelElementById(MeasureProcessModel.DEADLINES));
        Bounds plan = bounds(model, model.getModelElementById(MeasureProcessModel.PLAN));
        assertThat(deadlines.getX()).isGreaterThan(host.getX());
        assertThat(deadlines.getX() + deadlines.getWidth()).isLessThan(host.getX() + host.getWidth());
        assertThat(deadlines.getY()).isGreaterThan(plan.getY() + plan.getHeight());
        assertThat(deadlines.getY() + deadlines.getHeight()).isLessThan(host.getY() + host.getHeight());
        Bounds reminder = bounds(model, model.getModelElementById(MeasureProcessModel.REMINDER));
        assertThat(reminder.getX()).isBetween(deadlines.getX(), deadlines.getX() + deadlines.getWidth());
        assertThat(reminder.getY()).isBetween(deadlines.getY(), deadlines.getY() + deadlines.getHeight());
    }

    @Test
    void putsEventSubProcessesBelowEverythingElse() {
        BpmnModelInstance model = laidOut("proef");
        Bounds eventSubProcess = bounds(model, model.getModelElementById("EventSub_Rappel"));
        Process process = model.getModelElementById(TEST_PROCESS);

        assertThat(process.getChildElementsByType(FlowNode.class)).allSatisfy(node -> {
            if (!node.getId().equals("EventSub_Rappel")) {
                Bounds b = bounds(model, node);
                assertThat(b.getY() + b.getHeight()).as("bottom of %s", node.getId())
                        .isLessThan(eventSubProcess.getY());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("models")
    void laysOutTheSameModelToTheSameXml(String name) {
        String xml = Bpmn.convertToString(model(name));
        Supplier<BpmnModelInstance> parsed = () ->
                Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Function<BpmnModelInstance, String> layout = model -> Bpmn.convertToString(DiagramLayout.apply(model));

        String first = layout.apply(parsed.get());
        assertThat(layout.apply(parsed.get())).isEqualTo(first);
        BpmnModelInstance twice = DiagramLayout.apply(parsed.get());
        assertThat(layout.apply(twice)).isEqualTo(first);
    }

    // -------------------------------------------------------------------------------------------------------------

    private static List<Collection<FlowElement>> containers(BpmnModelInstance model) {
        List<Collection<FlowElement>> containers = new ArrayList<>();
        model.getModelElementsByType(Process.class).forEach(p -> containers.add(p.getFlowElements()));
        model.getModelElementsByType(SubProcess.class).forEach(s -> containers.add(s.getFlowElements()));
        return containers;
    }

    private static boolean attached(FlowNode a, FlowNode b) {
        return a instanceof BoundaryEvent event && event.getAttachedTo().getId().equals(b.getId())
                || b instanceof BoundaryEvent other && other.getAttachedTo().getId().equals(a.getId());
    }

    /** Like bpmnlint's no-overlapping-elements, shapes that merely touch count as overlapping. */
    private static boolean touch(Bounds a, Bounds b) {
        return a.getX() <= b.getX() + b.getWidth() && b.getX() <= a.getX() + a.getWidth()
                && a.getY() <= b.getY() + b.getHeight() && b.getY() <= a.getY() + a.getHeight();
    }

    private static boolean onOutline(Waypoint point, Bounds bounds) {
        double left = bounds.getX();
        double right = left + bounds.getWidth();
        double top = bounds.getY();
        double bottom = top + bounds.getHeight();
        boolean onVerticalSide = (point.getX() == left || point.getX() == right)
                && point.getY() >= top && point.getY() <= bottom;
        boolean onHorizontalSide = (point.getY() == top || point.getY() == bottom)
                && point.getX() >= left && point.getX() <= right;
        return onVerticalSide || onHorizontalSide;
    }

    private static boolean crosses(Waypoint a, Waypoint b, Bounds bounds) {
        return Math.max(a.getX(), b.getX()) > bounds.getX()
                && Math.min(a.getX(), b.getX()) < bounds.getX() + bounds.getWidth()
                && Math.max(a.getY(), b.getY()) > bounds.getY()
                && Math.min(a.getY(), b.getY()) < bounds.getY() + bounds.getHeight();
    }

    private static double centreY(BpmnModelInstance model, String id) {
        Bounds bounds = bounds(model, model.getModelElementById(id));
        return bounds.getY() + bounds.getHeight() / 2;
    }

    private static BpmnShape shape(BpmnModelInstance model, BaseElement element) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement().getId().equals(element.getId())).findFirst().orElseThrow();
    }

    private static Bounds bounds(BpmnModelInstance model, BaseElement element) {
        return shape(model, element).getBounds();
    }

    private static BpmnEdge edge(BpmnModelInstance model, SequenceFlow flow) {
        return model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> edge.getBpmnElement().getId().equals(flow.getId())).findFirst().orElseThrow();
    }
}
