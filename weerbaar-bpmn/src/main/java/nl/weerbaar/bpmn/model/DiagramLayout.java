package nl.weerbaar.bpmn.model;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replaces a model's diagram interchange with a left-to-right layout that reads well in the Camunda Modeler and
 * Cockpit: flow nodes on a grid of columns (longest path from a start) and rows (a node's first outgoing branch
 * stays on its row), orthogonal flows that avoid shapes, loop-backs around the shapes they skip, and labels placed
 * where no line or shape runs. The fluent builder's own layout stacks branches on top of each other.
 */
public final class DiagramLayout {

    private static final int TASK_WIDTH = 100;
    private static final int TASK_HEIGHT = 80;
    private static final int EVENT_SIZE = 36;
    private static final int GATEWAY_SIZE = 50;
    private static final int COLUMN_GAP = 50;
    private static final int ROW_GAP = 50;
    private static final int SUBPROCESS_PADDING_SIDE = 30;
    private static final int SUBPROCESS_PADDING_TOP = 40;
    private static final int SUBPROCESS_PADDING_BOTTOM = 30;
    private static final int SUBPROCESS_MIN_WIDTH = 200;
    private static final int SUBPROCESS_MIN_HEIGHT = 140;
    private static final int BOUNDARY_MIN_SPACING = 42;
    private static final int MARGIN = 80;

    /** bpmn-js wraps external labels at 90 px in 11 px Arial with a line height of 1.2. */
    private static final double LABEL_WRAP = 90;
    private static final double LABEL_LINE_HEIGHT = 13.2;
    private static final double LABEL_FONT_SIZE = 11;

    // Costs the router weighs candidate routes by: hitting a shape is never worth it, crossing another flow is
    // worth a detour of a few hundred pixels, every bend a little.
    private static final double COLLISION = 100_000;
    private static final double LABEL_ZONE = 300;
    private static final double CROSSING = 600;
    private static final double OVERLAP = 800;
    private static final double SHARED_OVERLAP = 150;
    private static final double BEND = 40;
    private static final double ABOVE = 60;
    private static final double CLEARANCE = 6;

    private DiagramLayout() {
    }

    /** Lays out the model's single process and replaces its diagram; returns the same model. */
    public static BpmnModelInstance apply(BpmnModelInstance model) {
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.size() != 1) {
            throw new IllegalArgumentException("can only lay out a model with one process, found " + processes.size());
        }
        Process process = processes.iterator().next();
        Part part = new ContainerLayout(process.getFlowElements()).run();
        Rect bounds = part.bounds();
        if (bounds != null) {
            part.translate(MARGIN - bounds.x(), MARGIN - bounds.y());
        }
        write(model, process, part);
        return model;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Writing the diagram interchange

    private static void write(BpmnModelInstance model, Process process, Part part) {
        Definitions definitions = model.getDefinitions();
        for (BpmnDiagram old : new ArrayList<>(definitions.getBpmDiagrams())) {
            definitions.getBpmDiagrams().remove(old);
        }
        BpmnDiagram diagram = model.newInstance(BpmnDiagram.class, "BPMNDiagram_" + process.getId());
        definitions.getBpmDiagrams().add(diagram);
        BpmnPlane plane = model.newInstance(BpmnPlane.class, "BPMNPlane_" + process.getId());
        plane.setBpmnElement(process);
        diagram.setBpmnPlane(plane);

        Map<String, Box> boxes = new HashMap<>();
        for (Box box : part.boxes) {
            boxes.put(box.node.getId(), box);
            BpmnShape shape = model.newInstance(BpmnShape.class, box.node.getId() + "_di");
            shape.setBpmnElement(box.node);
            if (box.node instanceof ExclusiveGateway) {
                shape.setMarkerVisible(true);
            }
            if (box.node instanceof SubProcess) {
                shape.setExpanded(true);
            }
            shape.setBounds(bounds(model, box.rect()));
            if (box.label != null) {
                shape.setBpmnLabel(label(model, box.label));
            }
            plane.getDiagramElements().add(shape);
        }
        Set<String> routed = new HashSet<>();
        for (Edge edge : part.edges) {
            routed.add(edge.flow.getId());
            plane.getDiagramElements().add(edge(model, edge.flow, edge.points, edge.label));
        }
        // Flows the layout could not place in one container (invalid BPMN) still get a straight line.
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            Box source = flow.getSource() == null ? null : boxes.get(flow.getSource().getId());
            Box target = flow.getTarget() == null ? null : boxes.get(flow.getTarget().getId());
            if (!routed.contains(flow.getId()) && source != null && target != null) {
                List<Point> points = List.of(source.port(Side.RIGHT), target.port(Side.LEFT));
                plane.getDiagramElements().add(edge(model, flow, points, null));
            }
        }
    }

    private static BpmnEdge edge(BpmnModelInstance model, SequenceFlow flow, List<Point> points, Rect label) {
        BpmnEdge edge = model.newInstance(BpmnEdge.class, flow.getId() + "_di");
        edge.setBpmnElement(flow);
        for (Point point : points) {
            Waypoint waypoint = model.newInstance(Waypoint.class);
            waypoint.setX(point.x());
            waypoint.setY(point.y());
            edge.getWaypoints().add(waypoint);
        }
        if (label != null) {
            edge.setBpmnLabel(label(model, label));
        }
        return edge;
    }

    private static BpmnLabel label(BpmnModelInstance model, Rect rect) {
        BpmnLabel label = model.newInstance(BpmnLabel.class);
        // newInstance gives a random id; labels need none, and a random one would make the output differ per run
        label.removeAttribute("id");
        label.setBounds(bounds(model, rect));
        return label;
    }

    private static Bounds bounds(BpmnModelInstance model, Rect rect) {
        Bounds bounds = model.newInstance(Bounds.class);
        bounds.setX(rect.x());
        bounds.setY(rect.y());
        bounds.setWidth(rect.w());
        bounds.setHeight(rect.h());
        return bounds;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Geometry

    private record Point(double x, double y) {
        Point moved(double dx, double dy) {
            return new Point(x + dx, y + dy);
        }
    }

    private record Rect(double x, double y, double w, double h) {
        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }

        Rect moved(double dx, double dy) {
            return new Rect(x + dx, y + dy, w, h);
        }

        Rect union(Rect other) {
            if (other == null) {
                return this;
            }
            double left = Math.min(x, other.x);
            double top = Math.min(y, other.y);
            return new Rect(left, top, Math.max(right(), other.right()) - left,
                    Math.max(bottom(), other.bottom()) - top);
        }

        boolean overlaps(Rect other, double margin) {
            return x - margin < other.right() && other.x < right() + margin
                    && y - margin < other.bottom() && other.y < bottom() + margin;
        }

        /** Whether the axis-parallel segment runs through this rectangle grown by the margin. */
        boolean hitBy(Point a, Point b, double margin) {
            return Math.max(a.x, b.x) > x - margin && Math.min(a.x, b.x) < right() + margin
                    && Math.max(a.y, b.y) > y - margin && Math.min(a.y, b.y) < bottom() + margin;
        }

        static Rect of(Point point) {
            return new Rect(point.x, point.y, 0, 0);
        }
    }

    private enum Side {
        LEFT(-1, 0), RIGHT(1, 0), TOP(0, -1), BOTTOM(0, 1);

        final int dx;
        final int dy;

        Side(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    /** A flow node's shape; for a subprocess also its laid-out content. */
    private static final class Box {
        final FlowNode node;
        final double w;
        final double h;
        double x;
        double y;
        int column;
        int row;
        int span = 1;
        int order;
        Box host;
        final List<Box> boundaries = new ArrayList<>();
        Part inner;
        Rect innerBounds;
        Rect label;

        Box(FlowNode node, double w, double h) {
            this.node = node;
            this.w = w;
            this.h = h;
        }

        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }

        int lastColumn() {
            return column + span - 1;
        }

        Rect rect() {
            return new Rect(x, y, w, h);
        }

        Point port(Side side) {
            return switch (side) {
                case LEFT -> new Point(x, cy());
                case RIGHT -> new Point(right(), cy());
                case TOP -> new Point(cx(), y);
                case BOTTOM -> new Point(cx(), bottom());
            };
        }

        boolean isGateway() {
            return node instanceof Gateway;
        }
    }

    /** A sequence flow; {@code from} is the node it leaves in the graph: the host for a boundary event's flow. */
    private static final class Edge {
        final SequenceFlow flow;
        final Box source;
        final Box from;
        final Box target;
        final int index;
        boolean back;
        List<Point> points;
        Rect label;

        Edge(SequenceFlow flow, Box source, Box target, int index) {
            this.flow = flow;
            this.source = source;
            this.from = source.host != null ? source.host : source;
            this.target = target;
            this.index = index;
        }
    }

    /** The laid-out content of a container, nested content included, in document order. */
    private static final class Part {
        final List<Box> boxes = new ArrayList<>();
        final List<Edge> edges = new ArrayList<>();

        void translate(double dx, double dy) {
            for (Box box : boxes) {
                box.x += dx;
                box.y += dy;
                if (box.label != null) {
                    box.label = box.label.moved(dx, dy);
                }
            }
            for (Edge edge : edges) {
                edge.points = edge.points.stream().map(p -> p.moved(dx, dy)).toList();
                if (edge.label != null) {
                    edge.label = edge.label.moved(dx, dy);
                }
            }
        }

        Rect bounds() {
            return DiagramLayout.bounds(boxes, edges);
        }
    }

    private static Rect bounds(Collection<Box> boxes, Collection<Edge> edges) {
        Rect bounds = null;
        for (Box box : boxes) {
            bounds = box.rect().union(bounds).union(box.label);
        }
        for (Edge edge : edges) {
            for (Point point : edge.points) {
                bounds = Rect.of(point).union(bounds);
            }
            if (edge.label != null) {
                bounds = edge.label.union(bounds);
            }
        }
        return bounds;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Labels

    private static boolean hasExternalLabel(Box box) {
        return (box.node instanceof Event || box.node instanceof Gateway) && !isBlank(box.node.getName());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The size bpmn-js gives an external label, estimated from Arial's character widths, a little generously. */
    private static Rect labelSize(String text) {
        List<Double> lines = new ArrayList<>();
        double line = -1;
        double space = textWidth(" ");
        for (String word : text.trim().split("\\s+")) {
            double width = textWidth(word);
            if (line < 0) {
                line = width;
            } else if (line + space + width <= LABEL_WRAP) {
                line += space + width;
            } else {
                lines.add(line);
                line = width;
            }
        }
        lines.add(line);
        double width = lines.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return new Rect(0, 0, Math.ceil(width) + 2, Math.ceil(lines.size() * LABEL_LINE_HEIGHT) + 1);
    }

    private static double textWidth(String text) {
        double units = 0;
        for (char c : text.toCharArray()) {
            units += charWidth(c);
        }
        return units * LABEL_FONT_SIZE / 1000 * 1.08;
    }

    /** Arial advance widths in thousandths of an em. */
    private static int charWidth(char c) {
        if ("ijlfItr.,:;'!| ".indexOf(c) >= 0) {
            return c == 'r' ? 333 : 278;
        }
        if ("()-/[]\"".indexOf(c) >= 0) {
            return 333;
        }
        if ("cksvxyzJ".indexOf(c) >= 0) {
            return 500;
        }
        if (c == 'm' || c == 'M') {
            return 833;
        }
        if (c == 'W') {
            return 944;
        }
        if (c == 'w' || (Character.isUpperCase(c) && c != 'L')) {
            return 722;
        }
        return 556;
    }

    // ---------------------------------------------------------------------------------------------------------
    // One container: the process, a subprocess or an event subprocess

    private static final class ContainerLayout {
        private final Collection<FlowElement> elements;
        private final Map<String, Box> byId = new LinkedHashMap<>();
        private final List<Box> nodes = new ArrayList<>();
        private final Set<Box> placedNodes = new HashSet<>();
        private final List<Box> eventSubProcesses = new ArrayList<>();
        private final List<Box> boundaryEvents = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private final Map<Box, List<Edge>> outgoing = new HashMap<>();
        private final Map<Box, List<Edge>> incoming = new HashMap<>();
        private final List<Edge> routed = new ArrayList<>();
        private final List<Rect> labelZones = new ArrayList<>();

        private int columns;
        private int rows;
        private double[] columnX;
        private double[] columnWidth;
        private double[] columnGap;
        private double[] rowY;
        private double[] rowHeight;
        private double[] labelsBelow;
        private double[] labelsAbove;

        ContainerLayout(Collection<FlowElement> elements) {
            this.elements = elements;
        }

        Part run() {
            collect();
            connect();
            List<Box> order = order();
            assignColumns(order);
            assignRows(order);
            place();
            route();
            placeLabels();
            placeEventSubProcesses();
            return emit();
        }

        private void collect() {
            for (FlowElement element : elements) {
                if (element instanceof BoundaryEvent event) {
                    Box box = new Box(event, EVENT_SIZE, EVENT_SIZE);
                    boundaryEvents.add(box);
                    byId.put(event.getId(), box);
                } else if (element instanceof SubProcess subProcess) {
                    Box box = subProcessBox(subProcess);
                    (subProcess.triggeredByEvent() ? eventSubProcesses : nodes).add(box);
                    byId.put(subProcess.getId(), box);
                } else if (element instanceof FlowNode node) {
                    Box box = node instanceof Event ? new Box(node, EVENT_SIZE, EVENT_SIZE)
                            : node instanceof Gateway ? new Box(node, GATEWAY_SIZE, GATEWAY_SIZE)
                            : new Box(node, TASK_WIDTH, TASK_HEIGHT);
                    nodes.add(box);
                    byId.put(node.getId(), box);
                }
            }
            placedNodes.addAll(nodes);
            for (Box boundary : boundaryEvents) {
                Activity attachedTo = ((BoundaryEvent) boundary.node).getAttachedTo();
                Box host = attachedTo == null ? null : byId.get(attachedTo.getId());
                if (host != null && placedNodes.contains(host)) {
                    boundary.host = host;
                    host.boundaries.add(boundary);
                } else {
                    nodes.add(boundary);
                    placedNodes.add(boundary);
                }
            }
        }

        private static Box subProcessBox(SubProcess subProcess) {
            Part inner = new ContainerLayout(subProcess.getFlowElements()).run();
            Rect content = inner.bounds();
            if (content == null) {
                content = new Rect(0, 0, 0, 0);
            }
            double w = even(Math.max(SUBPROCESS_MIN_WIDTH, content.w() + 2 * SUBPROCESS_PADDING_SIDE));
            double h = even(Math.max(SUBPROCESS_MIN_HEIGHT,
                    content.h() + SUBPROCESS_PADDING_TOP + SUBPROCESS_PADDING_BOTTOM));
            Box box = new Box(subProcess, w, h);
            box.inner = inner;
            box.innerBounds = content;
            return box;
        }

        private static double even(double value) {
            double up = Math.ceil(value);
            return up % 2 == 0 ? up : up + 1;
        }

        private void connect() {
            int index = 0;
            for (FlowElement element : elements) {
                if (element instanceof SequenceFlow flow && flow.getSource() != null && flow.getTarget() != null) {
                    Box source = byId.get(flow.getSource().getId());
                    Box target = byId.get(flow.getTarget().getId());
                    boolean sourceInGraph = source != null && (placedNodes.contains(source) || source.host != null);
                    if (sourceInGraph && target != null && placedNodes.contains(target)) {
                        edges.add(new Edge(flow, source, target, index++));
                    }
                }
            }
            for (Box node : nodes) {
                List<Edge> out = new ArrayList<>();
                edges.stream().filter(e -> e.source == node).forEach(out::add);
                for (Box boundary : node.boundaries) {
                    edges.stream().filter(e -> e.source == boundary).forEach(out::add);
                }
                outgoing.put(node, out);
                incoming.put(node, new ArrayList<>());
            }
            for (Edge edge : edges) {
                incoming.get(edge.target).add(edge);
            }
        }

        /**
         * Marks back edges by a depth-first search from the start events in flow order, then orders the nodes
         * topologically, preferring the order the search met them in.
         */
        private List<Box> order() {
            Map<Box, Integer> discovered = new HashMap<>();
            Set<Box> roots = new LinkedHashSet<>();
            nodes.stream().filter(n -> n.node instanceof StartEvent).forEach(roots::add);
            nodes.stream().filter(n -> incoming.get(n).isEmpty()).forEach(roots::add);
            roots.addAll(nodes);
            Set<Box> onPath = new HashSet<>();
            for (Box root : roots) {
                if (!discovered.containsKey(root)) {
                    search(root, discovered, onPath);
                }
            }
            Map<Box, Integer> waiting = new HashMap<>();
            for (Box node : nodes) {
                waiting.put(node, (int) incoming.get(node).stream().filter(e -> !e.back).count());
            }
            PriorityQueue<Box> ready = new PriorityQueue<>(Comparator.comparingInt(discovered::get));
            nodes.stream().filter(n -> waiting.get(n) == 0).forEach(ready::add);
            List<Box> order = new ArrayList<>();
            while (!ready.isEmpty()) {
                Box node = ready.poll();
                node.order = order.size();
                order.add(node);
                for (Edge edge : outgoing.get(node)) {
                    if (!edge.back && waiting.merge(edge.target, -1, Integer::sum) == 0) {
                        ready.add(edge.target);
                    }
                }
            }
            return order;
        }

        private void search(Box node, Map<Box, Integer> discovered, Set<Box> onPath) {
            discovered.put(node, discovered.size());
            onPath.add(node);
            for (Edge edge : outgoing.get(node)) {
                if (onPath.contains(edge.target)) {
                    edge.back = true;
                } else if (!discovered.containsKey(edge.target)) {
                    search(edge.target, discovered, onPath);
                }
            }
            onPath.remove(node);
        }

        /** Columns: the longest path from a start; a wide subprocess spans as many columns as tasks it is wide. */
        private void assignColumns(List<Box> order) {
            for (Box node : order) {
                node.span = node.w <= TASK_WIDTH ? 1
                        : Math.max(1, (int) ((node.w + COLUMN_GAP) / (TASK_WIDTH + COLUMN_GAP)));
                int column = 0;
                for (Edge edge : incoming.get(node)) {
                    if (!edge.back) {
                        column = Math.max(column, edge.from.column + edge.from.span);
                    }
                }
                node.column = column;
                columns = Math.max(columns, column + node.span);
            }
        }

        /**
         * Rows: a node keeps the row of its first placed predecessor when that row is free up to it and the
         * predecessor's row is not yet continued. Otherwise it starts a branch: the branch (the node and the nodes
         * that only it leads to, following first flows) takes the first row below the predecessor that is free over
         * all the branch's columns, and reserves it. Nodes after a boundary event always start a branch below the
         * host.
         */
        private void assignRows(List<Box> order) {
            TreeMap<Integer, Map<Integer, Object>> grid = new TreeMap<>();
            Set<Box> continued = new HashSet<>();
            Set<Box> placed = new HashSet<>();
            Map<Box, Box> branchOf = new HashMap<>();
            for (Box node : order) {
                int last = node.lastColumn();
                Object branch = branchOf.get(node);
                List<Edge> in = incoming.get(node).stream().filter(e -> !e.back)
                        .sorted(Comparator.<Edge>comparingInt(e -> e.from.order).thenComparingInt(e -> e.index))
                        .toList();
                Integer row = null;
                for (Edge edge : in) {
                    Box from = edge.from;
                    if (edge.source.host == null && !continued.contains(from)
                            && isFree(grid, from.row, from.column + from.span, last, branch)) {
                        row = from.row;
                        continued.add(from);
                        occupy(grid, row, from.column + from.span, last, node);
                        break;
                    }
                }
                if (row == null) {
                    List<Box> members = branch(node, placed);
                    int end = members.stream().mapToInt(Box::lastColumn).max().orElse(last);
                    if (in.isEmpty()) {
                        row = lowestUsedRow(grid, node.column, end, 0) + 1;
                    } else {
                        Box from = in.get(0).from;
                        int turn = from.lastColumn();
                        row = Math.max(from.row + 1, lowestUsedRow(grid, turn, end, from.row) + 1);
                        for (int between = from.row + 1; between < row; between++) {
                            occupy(grid, between, turn, turn, node);
                        }
                        occupy(grid, row, turn, end, node);
                    }
                    occupy(grid, row, node.column, end, node);
                    members.forEach(member -> branchOf.put(member, node));
                }
                node.row = row;
                placed.add(node);
                occupy(grid, row, node.column, last, node);
                rows = Math.max(rows, row + 1);
            }
        }

        /** The node and the nodes only it leads to, following each node's first flow. */
        private List<Box> branch(Box node, Set<Box> placed) {
            List<Box> members = new ArrayList<>(List.of(node));
            Box current = node;
            while (true) {
                Box from = current;
                Edge first = outgoing.get(current).stream().filter(e -> !e.back && e.source == from)
                        .findFirst().orElse(null);
                if (first == null || placed.contains(first.target) || members.contains(first.target)
                        || incoming.get(first.target).stream().filter(e -> !e.back).count() != 1) {
                    return members;
                }
                current = first.target;
                members.add(current);
            }
        }

        private static boolean isFree(TreeMap<Integer, Map<Integer, Object>> grid, int row, int from, int to,
                                      Object branch) {
            Map<Integer, Object> cells = grid.get(row);
            for (int c = from; cells != null && c <= to; c++) {
                Object owner = cells.get(c);
                if (owner != null && (branch == null || owner != branch)) {
                    return false;
                }
            }
            return true;
        }

        private static void occupy(TreeMap<Integer, Map<Integer, Object>> grid, int row, int from, int to,
                                   Object owner) {
            for (int c = from; c <= to; c++) {
                grid.computeIfAbsent(row, r -> new HashMap<>()).putIfAbsent(c, owner);
            }
        }

        private static int lowestUsedRow(TreeMap<Integer, Map<Integer, Object>> grid, int from, int to,
                                         int fromRow) {
            int lowest = -1;
            for (Map.Entry<Integer, Map<Integer, Object>> entry : grid.tailMap(fromRow, true).entrySet()) {
                for (int c = from; c <= to; c++) {
                    if (entry.getValue().containsKey(c)) {
                        lowest = entry.getKey();
                    }
                }
            }
            return lowest;
        }

        /** Turns columns and rows into coordinates, leaving room for flow labels and the labels of events. */
        private void place() {
            columnWidth = new double[columns];
            columnGap = new double[columns];
            columnX = new double[columns];
            Arrays.fill(columnGap, COLUMN_GAP);
            for (Box node : nodes) {
                if (node.span == 1) {
                    columnWidth[node.column] = Math.max(columnWidth[node.column], node.w);
                }
            }
            for (Edge edge : edges) {
                if (!edge.back && edge.source.host == null && !isBlank(edge.flow.getName())) {
                    int column = edge.source.lastColumn();
                    columnGap[column] = Math.max(columnGap[column], even(labelSize(edge.flow.getName()).w() + 24));
                }
            }
            for (int c = 0; c < columns; c++) {
                columnX[c] = c == 0 ? 0 : columnX[c - 1] + columnWidth[c - 1] + columnGap[c - 1];
                for (Box node : nodes) {
                    if (node.span > 1 && node.lastColumn() == c) {
                        columnWidth[c] = Math.max(columnWidth[c], columnX[node.column] + node.w - columnX[c]);
                    }
                }
            }

            rowHeight = new double[rows];
            labelsBelow = new double[rows];
            labelsAbove = new double[rows];
            rowY = new double[rows];
            for (Box node : nodes) {
                rowHeight[node.row] = Math.max(rowHeight[node.row], node.h);
            }
            for (Box node : nodes) {
                double height = rowHeight[node.row];
                double nodeBottom = height / 2 + node.h / 2;
                if (hasExternalLabel(node)) {
                    double overflow = nodeBottom + 5 + labelSize(node.node.getName()).h() - height;
                    labelsBelow[node.row] = Math.max(labelsBelow[node.row], overflow);
                    if (node.isGateway()) {
                        labelsAbove[node.row] = Math.max(labelsAbove[node.row], overflow);
                    }
                }
                for (int i = 0; i < node.boundaries.size(); i++) {
                    Box boundary = node.boundaries.get(i);
                    double labelHeight = hasExternalLabel(boundary) ? 3 + labelSize(boundary.node.getName()).h() : 0;
                    double overflow = nodeBottom + EVENT_SIZE / 2.0 + labelHeight - height;
                    if (i < bottomCapacity(node)) {
                        labelsBelow[node.row] = Math.max(labelsBelow[node.row], overflow);
                    } else {
                        labelsAbove[node.row] = Math.max(labelsAbove[node.row], overflow);
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                labelsBelow[r] = Math.ceil(Math.max(0, labelsBelow[r]));
                labelsAbove[r] = Math.ceil(Math.max(0, labelsAbove[r]));
            }
            for (int r = 1; r < rows; r++) {
                rowY[r] = rowY[r - 1] + rowHeight[r - 1] + labelsBelow[r - 1] + ROW_GAP + labelsAbove[r];
            }

            for (Box node : nodes) {
                double left = columnX[node.column];
                double width = columnX[node.lastColumn()] + columnWidth[node.lastColumn()] - left;
                node.x = Math.round(left + (width - node.w) / 2);
                node.y = Math.round(rowY[node.row] + (rowHeight[node.row] - node.h) / 2);
                if (node.inner != null) {
                    placeContent(node);
                }
                placeBoundaryEvents(node);
                if (hasExternalLabel(node) && node.node instanceof Event) {
                    labelZones.add(below(node, labelSize(node.node.getName())));
                }
            }
        }

        /**
         * Boundary events sit on the host's bottom edge, the first at the right; those that do not fit there (a
         * task takes two) go on the top edge.
         */
        private static void placeBoundaryEvents(Box host) {
            double first = host.right() - 30;
            double room = boundaryRoom(host);
            int fit = bottomCapacity(host);
            int count = host.boundaries.size();
            for (int i = 0; i < count; i++) {
                boolean bottom = i < fit;
                int onEdge = bottom ? Math.min(count, fit) : count - fit;
                int position = bottom ? i : i - fit;
                double spacing = host.w > TASK_WIDTH ? 110 : BOUNDARY_MIN_SPACING;
                if (onEdge > 1) {
                    spacing = Math.max(BOUNDARY_MIN_SPACING, Math.min(spacing, room / (onEdge - 1)));
                }
                Box boundary = host.boundaries.get(i);
                boundary.x = Math.round(first - position * spacing - EVENT_SIZE / 2.0);
                boundary.y = (bottom ? host.bottom() : host.y) - EVENT_SIZE / 2.0;
            }
        }

        private static double boundaryRoom(Box host) {
            return host.w - 30 - (EVENT_SIZE / 2.0 + 4);
        }

        private static int bottomCapacity(Box host) {
            return 1 + (int) (boundaryRoom(host) / BOUNDARY_MIN_SPACING);
        }

        private static void placeContent(Box subProcess) {
            Rect content = subProcess.innerBounds;
            double dx = subProcess.x + Math.floor((subProcess.w - content.w()) / 2) - content.x();
            double free = subProcess.h - SUBPROCESS_PADDING_TOP - SUBPROCESS_PADDING_BOTTOM - content.h();
            double dy = subProcess.y + SUBPROCESS_PADDING_TOP + Math.floor(free / 2) - content.y();
            subProcess.inner.translate(dx, dy);
        }

        private double gapAfter(Box box) {
            int c = box.lastColumn();
            return columnX[c] + columnWidth[c] + columnGap[c] / 2;
        }

        private double gapBefore(Box box) {
            int c = box.column;
            return c == 0 ? columnX[0] - COLUMN_GAP / 2.0 : columnX[c - 1] + columnWidth[c - 1] + columnGap[c - 1] / 2;
        }

        private double channelBelow(int row) {
            return rowY[row] + rowHeight[row] + labelsBelow[row] + ROW_GAP / 2.0;
        }

        // -----------------------------------------------------------------------------------------------------
        // Routing

        private List<Box> obstacles() {
            List<Box> obstacles = new ArrayList<>(nodes);
            obstacles.addAll(boundaryEvents.stream().filter(b -> b.host != null).toList());
            return obstacles;
        }

        private void route() {
            List<Box> obstacles = obstacles();
            List<Edge> forward = edges.stream().filter(e -> !e.back)
                    .sorted(Comparator.<Edge>comparingInt(e -> e.from.order)
                            .thenComparingInt(e -> e.source.host == null ? 0 : 1)
                            .thenComparingInt(e -> e.index))
                    .toList();
            List<Edge> back = edges.stream().filter(e -> e.back)
                    .sorted(Comparator.<Edge>comparingInt(e -> Math.abs(e.from.column - e.target.column))
                            .thenComparingInt(e -> e.index))
                    .toList();
            for (Edge edge : forward) {
                edge.points = bestRoute(edge, obstacles);
                routed.add(edge);
            }
            for (Edge edge : back) {
                edge.points = bestRoute(edge, obstacles);
                routed.add(edge);
            }
        }

        /**
         * Tries every combination of a way out of the source, a horizontal channel and a way into the target, and
         * keeps the cheapest route. Forward flows go right out and left in; gateways may also use top and bottom,
         * boundary events leave downwards, and loop-backs may leave and enter at the top or bottom.
         */
        private List<Point> bestRoute(Edge edge, List<Box> obstacles) {
            Box source = edge.source;
            Box target = edge.target;
            boolean boundary = source.host != null;
            Set<Double> channels = new LinkedHashSet<>();
            if (!edge.back) {
                channels.add(source.cy());
                channels.add(target.cy());
            }
            for (int r = 0; r < rows; r++) {
                for (double offset : new double[] {0, -12, 12}) {
                    channels.add(channelBelow(r) + offset);
                }
            }
            for (double offset : new double[] {0, 12, -12}) {
                channels.add(-labelsAbove[0] - ROW_GAP / 2.0 + offset);
            }
            double left = Math.min(source.x, target.x) - COLUMN_GAP;
            double right = Math.max(source.right(), target.right()) + COLUMN_GAP;
            double lowest = Math.max(source.bottom(), target.bottom());
            double highest = Math.min(source.y, target.y);
            for (Box obstacle : obstacles) {
                if (obstacle.right() > left && obstacle.x < right) {
                    lowest = Math.max(lowest, obstacle.bottom());
                    highest = Math.min(highest, obstacle.y);
                }
            }
            for (Rect zone : labelZones) {
                if (zone.right() > left && zone.x() < right) {
                    lowest = Math.max(lowest, zone.bottom());
                }
            }
            for (double offset : new double[] {20, 34, 48}) {
                channels.add(lowest + offset);
                channels.add(highest - offset);
            }

            List<Point> best = null;
            double bestCost = Double.MAX_VALUE;
            Set<List<Point>> seen = new HashSet<>();
            for (double y : channels) {
                for (Side exit : Side.values()) {
                    List<Point> head = exit(edge, exit, y, boundary);
                    if (head == null) {
                        continue;
                    }
                    for (Side entry : Side.values()) {
                        List<Point> tail = entry(edge, entry, y);
                        if (tail == null) {
                            continue;
                        }
                        List<Point> points = new ArrayList<>(head);
                        points.addAll(tail);
                        points = simplify(points);
                        if (!seen.add(points) || !leaves(points, exit) || !enters(points, entry)) {
                            continue;
                        }
                        double cost = cost(edge, points, obstacles);
                        if (edge.back && y < source.cy()) {
                            cost += ABOVE;
                        }
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = points;
                        }
                    }
                }
            }
            if (best == null) {
                best = List.of(source.port(Side.RIGHT), target.port(Side.LEFT));
            }
            return best;
        }

        private List<Point> exit(Edge edge, Side side, double y, boolean boundary) {
            Box source = edge.source;
            boolean vertical = boundary || edge.back || source.isGateway();
            return switch (side) {
                case RIGHT -> boundary ? null : List.of(source.port(Side.RIGHT),
                        new Point(gapAfter(source), source.cy()), new Point(gapAfter(source), y));
                case BOTTOM -> vertical && !onTop(source) && y > source.bottom() + 8
                        ? List.of(source.port(Side.BOTTOM), new Point(source.cx(), y)) : null;
                case TOP -> (boundary ? onTop(source) : vertical) && y < source.y - 8
                        ? List.of(source.port(Side.TOP), new Point(source.cx(), y)) : null;
                case LEFT -> null;
            };
        }

        /** Whether a boundary event sits on its host's top edge. */
        private static boolean onTop(Box box) {
            return box.host != null && box.cy() < box.host.cy();
        }

        private List<Point> entry(Edge edge, Side side, double y) {
            Box target = edge.target;
            boolean vertical = edge.back || target.isGateway();
            return switch (side) {
                case LEFT -> List.of(new Point(gapBefore(target), y), new Point(gapBefore(target), target.cy()),
                        target.port(Side.LEFT));
                case BOTTOM -> vertical && y > target.bottom() + 8
                        ? List.of(new Point(target.cx(), y), target.port(Side.BOTTOM)) : null;
                case TOP -> vertical && y < target.y - 8
                        ? List.of(new Point(target.cx(), y), target.port(Side.TOP)) : null;
                case RIGHT -> null;
            };
        }

        private static List<Point> simplify(List<Point> points) {
            List<Point> result = new ArrayList<>();
            for (Point point : points) {
                if (!result.isEmpty() && same(result.get(result.size() - 1), point)) {
                    continue;
                }
                result.add(point);
                while (result.size() >= 3) {
                    Point a = result.get(result.size() - 3);
                    Point b = result.get(result.size() - 2);
                    Point c = result.get(result.size() - 1);
                    boolean collinear = (Math.abs(a.x() - b.x()) < 0.5 && Math.abs(b.x() - c.x()) < 0.5)
                            || (Math.abs(a.y() - b.y()) < 0.5 && Math.abs(b.y() - c.y()) < 0.5);
                    if (!collinear) {
                        break;
                    }
                    result.remove(result.size() - 2);
                }
            }
            return result;
        }

        private static boolean same(Point a, Point b) {
            return Math.abs(a.x() - b.x()) < 0.5 && Math.abs(a.y() - b.y()) < 0.5;
        }

        private static boolean leaves(List<Point> points, Side side) {
            return points.size() >= 2 && direction(points.get(0), points.get(1)) == side;
        }

        private static boolean enters(List<Point> points, Side side) {
            if (points.size() < 2) {
                return false;
            }
            Side last = direction(points.get(points.size() - 2), points.get(points.size() - 1));
            return last != null && last.dx == -side.dx && last.dy == -side.dy;
        }

        private static Side direction(Point a, Point b) {
            boolean horizontal = Math.abs(a.y() - b.y()) < 0.5;
            boolean vertical = Math.abs(a.x() - b.x()) < 0.5;
            if (horizontal && !vertical) {
                return b.x() > a.x() ? Side.RIGHT : Side.LEFT;
            }
            if (vertical && !horizontal) {
                return b.y() > a.y() ? Side.BOTTOM : Side.TOP;
            }
            return null;
        }

        private double cost(Edge edge, List<Point> points, List<Box> obstacles) {
            double cost = BEND * (points.size() - 2);
            int last = points.size() - 2;
            for (int i = 0; i <= last; i++) {
                Point a = points.get(i);
                Point b = points.get(i + 1);
                cost += Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
                for (Box obstacle : obstacles) {
                    if (obstacle == edge.source || obstacle == edge.target) {
                        boolean ownEnd = obstacle == edge.source ? i == 0 : i == last;
                        if (!ownEnd && obstacle.rect().hitBy(a, b, 0)) {
                            cost += COLLISION;
                        }
                    } else if (obstacle.rect().hitBy(a, b, CLEARANCE)) {
                        cost += COLLISION;
                    }
                }
                for (Rect zone : labelZones) {
                    if (zone.hitBy(a, b, 2)) {
                        cost += LABEL_ZONE;
                    }
                }
                for (Edge other : routed) {
                    boolean related = other.source == edge.source || other.target == edge.target;
                    for (int j = 0; j < other.points.size() - 1; j++) {
                        Point c = other.points.get(j);
                        Point d = other.points.get(j + 1);
                        if (crosses(a, b, c, d)) {
                            cost += CROSSING;
                        } else if (overlaps(a, b, c, d)) {
                            cost += related ? SHARED_OVERLAP : OVERLAP;
                        }
                    }
                }
            }
            return cost;
        }

        private static boolean crosses(Point a, Point b, Point c, Point d) {
            boolean firstHorizontal = Math.abs(a.y() - b.y()) < 0.5;
            boolean secondHorizontal = Math.abs(c.y() - d.y()) < 0.5;
            if (firstHorizontal == secondHorizontal) {
                return false;
            }
            Point[] h = firstHorizontal ? new Point[] {a, b} : new Point[] {c, d};
            Point[] v = firstHorizontal ? new Point[] {c, d} : new Point[] {a, b};
            double x = v[0].x();
            double y = h[0].y();
            return x > Math.min(h[0].x(), h[1].x()) + 0.5 && x < Math.max(h[0].x(), h[1].x()) - 0.5
                    && y > Math.min(v[0].y(), v[1].y()) + 0.5 && y < Math.max(v[0].y(), v[1].y()) - 0.5;
        }

        private static boolean overlaps(Point a, Point b, Point c, Point d) {
            if (Math.abs(a.y() - b.y()) < 0.5 && Math.abs(c.y() - d.y()) < 0.5 && Math.abs(a.y() - c.y()) < 3) {
                return Math.min(Math.max(a.x(), b.x()), Math.max(c.x(), d.x()))
                        - Math.max(Math.min(a.x(), b.x()), Math.min(c.x(), d.x())) > 1;
            }
            if (Math.abs(a.x() - b.x()) < 0.5 && Math.abs(c.x() - d.x()) < 0.5 && Math.abs(a.x() - c.x()) < 3) {
                return Math.min(Math.max(a.y(), b.y()), Math.max(c.y(), d.y()))
                        - Math.max(Math.min(a.y(), b.y()), Math.min(c.y(), d.y())) > 1;
            }
            return false;
        }

        // -----------------------------------------------------------------------------------------------------
        // Labels

        private void placeLabels() {
            List<Box> shapes = obstacles();
            List<Rect> placed = new ArrayList<>();
            for (FlowElement element : elements) {
                Box box = byId.get(element.getId());
                if (box != null && hasExternalLabel(box) && (placedNodes.contains(box) || box.host != null)) {
                    box.label = bestLabel(nodeLabelCandidates(box, labelSize(box.node.getName())), shapes, placed,
                            box, null);
                    placed.add(box.label);
                }
            }
            for (Edge edge : edges) {
                if (!isBlank(edge.flow.getName())) {
                    edge.label = bestLabel(flowLabelCandidates(edge, labelSize(edge.flow.getName())), shapes,
                            placed, null, edge);
                    placed.add(edge.label);
                }
            }
        }

        private static Rect below(Box box, Rect size) {
            return new Rect(box.cx() - Math.floor(size.w() / 2), box.bottom() + 5, size.w(), size.h());
        }

        private static List<Rect> nodeLabelCandidates(Box box, Rect size) {
            double w = size.w();
            double h = size.h();
            double half = Math.floor(w / 2);
            Rect below = below(box, size);
            Rect above = new Rect(box.cx() - half, box.y - 5 - h, w, h);
            if (box.host != null && box.cy() < box.host.cy()) {
                return List.of(new Rect(box.cx() + 6, box.y - 3 - h, w, h),
                        new Rect(box.cx() - 6 - w, box.y - 3 - h, w, h), above);
            }
            if (box.host != null) {
                return List.of(new Rect(box.cx() + 6, box.bottom() + 3, w, h),
                        new Rect(box.cx() - 6 - w, box.bottom() + 3, w, h), below);
            }
            List<Rect> candidates = new ArrayList<>(List.of(below, above));
            candidates.add(new Rect(box.right() - 6, box.y - h + 6, w, h));
            candidates.add(new Rect(box.x + 6 - w, box.y - h + 6, w, h));
            candidates.add(new Rect(box.right() - 6, box.bottom() - 6, w, h));
            candidates.add(new Rect(box.x + 6 - w, box.bottom() - 6, w, h));
            return candidates;
        }

        private static List<Rect> flowLabelCandidates(Edge edge, Rect size) {
            double w = size.w();
            double h = size.h();
            List<Rect> candidates = new ArrayList<>();
            List<Point> points = edge.points;
            for (int i = 0; i < points.size() - 1; i++) {
                Point a = points.get(i);
                Side direction = direction(a, points.get(i + 1));
                if (direction == null) {
                    continue;
                }
                switch (direction) {
                    case RIGHT -> {
                        candidates.add(new Rect(a.x() + 6, a.y() - 4 - h, w, h));
                        candidates.add(new Rect(a.x() + 6, a.y() + 4, w, h));
                    }
                    case LEFT -> {
                        candidates.add(new Rect(a.x() - 6 - w, a.y() - 4 - h, w, h));
                        candidates.add(new Rect(a.x() - 6 - w, a.y() + 4, w, h));
                    }
                    case BOTTOM -> {
                        candidates.add(new Rect(a.x() + 6, a.y() + 4, w, h));
                        candidates.add(new Rect(a.x() - 6 - w, a.y() + 4, w, h));
                    }
                    case TOP -> {
                        candidates.add(new Rect(a.x() + 6, a.y() - 4 - h, w, h));
                        candidates.add(new Rect(a.x() - 6 - w, a.y() - 4 - h, w, h));
                    }
                }
            }
            Point end = points.get(points.size() - 1);
            candidates.add(new Rect(end.x() - 6 - w, end.y() - 4 - h, w, h));
            return candidates;
        }

        private Rect bestLabel(List<Rect> candidates, List<Box> shapes, List<Rect> placed, Box owner, Edge own) {
            Rect best = candidates.get(0);
            double bestCost = Double.MAX_VALUE;
            for (Rect candidate : candidates) {
                double cost = 0;
                for (Box shape : shapes) {
                    if (shape != owner && shape.rect().overlaps(candidate, 2)) {
                        cost += 3;
                    }
                }
                for (Rect other : placed) {
                    if (other.overlaps(candidate, 2)) {
                        cost += 3;
                    }
                }
                for (Edge edge : routed) {
                    for (int i = 0; i < edge.points.size() - 1; i++) {
                        if (candidate.hitBy(edge.points.get(i), edge.points.get(i + 1), edge == own ? 0 : 2)) {
                            cost += 2;
                        }
                    }
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = candidate;
                    if (cost == 0) {
                        break;
                    }
                }
            }
            return best;
        }

        // -----------------------------------------------------------------------------------------------------
        // Event subprocesses and output

        private void placeEventSubProcesses() {
            Rect content = bounds(allBoxes(), routed);
            double x = content == null ? 0 : content.x();
            double y = content == null ? 0 : content.bottom() + ROW_GAP;
            for (Box eventSubProcess : eventSubProcesses) {
                eventSubProcess.x = Math.round(x);
                eventSubProcess.y = Math.round(y);
                placeContent(eventSubProcess);
                x += eventSubProcess.w + COLUMN_GAP;
            }
        }

        private List<Box> allBoxes() {
            List<Box> boxes = new ArrayList<>(nodes);
            boundaryEvents.stream().filter(b -> b.host != null).forEach(boxes::add);
            return boxes;
        }

        private Part emit() {
            Part part = new Part();
            Map<String, Edge> byFlow = new HashMap<>();
            edges.forEach(edge -> byFlow.put(edge.flow.getId(), edge));
            for (FlowElement element : elements) {
                if (element instanceof FlowNode) {
                    Box box = byId.get(element.getId());
                    part.boxes.add(box);
                    if (box.inner != null) {
                        part.boxes.addAll(box.inner.boxes);
                        part.edges.addAll(box.inner.edges);
                    }
                } else if (element instanceof SequenceFlow flow && byFlow.containsKey(flow.getId())) {
                    part.edges.add(byFlow.get(flow.getId()));
                }
            }
            return part;
        }
    }
}
