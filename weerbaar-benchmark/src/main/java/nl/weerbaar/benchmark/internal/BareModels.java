package nl.weerbaar.benchmark.internal;

import java.util.StringJoiner;

/** The baseline's processes: plain BPMN with one and with five user tasks for the AOV-adviseur, nothing else. */
public final class BareModels {

    public static final String ONE_TASK = "bench-een-taak";
    public static final String FIVE_TASKS = "bench-vijf-taken";

    private BareModels() {
    }

    public static String oneTask() {
        return model(ONE_TASK, 1);
    }

    public static String fiveTasks() {
        return model(FIVE_TASKS, 5);
    }

    private static String model(String key, int tasks) {
        StringJoiner body = new StringJoiner("\n");
        body.add("<startEvent id=\"start\"/>");
        String previous = "start";
        for (int i = 1; i <= tasks; i++) {
            body.add("<sequenceFlow id=\"f" + i + "\" sourceRef=\"" + previous + "\" targetRef=\"task" + i + "\"/>");
            body.add("<userTask id=\"task" + i + "\" name=\"Taak " + i
                    + "\" camunda:candidateGroups=\"weerbaar-aov-adviseur\"/>");
            previous = "task" + i;
        }
        body.add("<sequenceFlow id=\"fEnd\" sourceRef=\"" + previous + "\" targetRef=\"end\"/>");
        body.add("<endEvent id=\"end\"/>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"urn:weerbaar:benchmark\">\n"
                + "<process id=\"" + key + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1825\">\n"
                + body + "\n</process>\n</definitions>\n";
    }
}
