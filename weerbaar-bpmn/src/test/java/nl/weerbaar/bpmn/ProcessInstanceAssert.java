package nl.weerbaar.bpmn;

import org.assertj.core.api.AbstractAssert;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a process instance of the shared test engine stands: the activities it waits at, those it has passed, its
 * end and its business key. The assertions of camunda-bpm-assert that the process tests use, on the engine API
 * alone: Operaton 1.0 publishes no operaton-bpm-assert on Maven Central, and the tests run on both engines.
 */
public final class ProcessInstanceAssert extends AbstractAssert<ProcessInstanceAssert, ProcessInstance> {

    private ProcessInstanceAssert(ProcessInstance actual) {
        super(actual, ProcessInstanceAssert.class);
    }

    public static ProcessInstanceAssert assertThat(ProcessInstance instance) {
        return new ProcessInstanceAssert(instance);
    }

    /** Running, with an activity instance (or an asynchronous continuation) at each of the activities. */
    public ProcessInstanceAssert isWaitingAt(String... activityIds) {
        List<String> waitingAt = waitingAt();
        if (!waitingAt.containsAll(List.of(activityIds))) {
            failWithMessage("Expecting %s to be waiting at %s, but it is waiting at %s", describe(),
                    List.of(activityIds), waitingAt);
        }
        return this;
    }

    /** Has finished each of the activities at least once (needs history level activity or higher). */
    public ProcessInstanceAssert hasPassed(String... activityIds) {
        List<String> passed = passed();
        if (!passed.containsAll(List.of(activityIds))) {
            failWithMessage("Expecting %s to have passed %s, but it has passed %s", describe(), List.of(activityIds),
                    passed);
        }
        return this;
    }

    /** Has finished none of the activities. */
    public ProcessInstanceAssert hasNotPassed(String... activityIds) {
        List<String> passed = passed();
        List<String> unexpected = Stream.of(activityIds).filter(passed::contains).toList();
        if (!unexpected.isEmpty()) {
            failWithMessage("Expecting %s not to have passed %s, but it has passed %s", describe(), unexpected,
                    passed);
        }
        return this;
    }

    /** No longer running, and ended in the history. */
    public ProcessInstanceAssert isEnded() {
        isNotNull();
        boolean running = runtime().createProcessInstanceQuery().processInstanceId(actual.getId()).count() > 0;
        HistoricProcessInstance historic = historic();
        if (running || historic == null || historic.getEndTime() == null) {
            failWithMessage("Expecting %s to be ended, but it is %s", describe(), running ? "still running"
                    : "not in the history as ended");
        }
        return this;
    }

    public ProcessInstanceAssert hasBusinessKey(String businessKey) {
        isNotNull();
        HistoricProcessInstance historic = historic();
        String actualKey = historic != null ? historic.getBusinessKey() : actual.getBusinessKey();
        if (!businessKey.equals(actualKey)) {
            failWithMessage("Expecting %s to have business key '%s', but it has '%s'", describe(), businessKey,
                    actualKey);
        }
        return this;
    }

    private List<String> waitingAt() {
        isNotNull();
        ActivityInstance root = runtime().getActivityInstance(actual.getId());
        if (root == null) {
            failWithMessage("Expecting %s to be running, but it has ended", describe());
        }
        return descendants(root)
                .flatMap(instance -> Stream.concat(Stream.of(instance.getActivityId()),
                        Arrays.stream(instance.getChildTransitionInstances()).map(TransitionInstance::getActivityId)))
                .filter(activityId -> !activityId.equals(root.getActivityId()))
                .toList();
    }

    private static Stream<ActivityInstance> descendants(ActivityInstance instance) {
        return Stream.concat(Stream.of(instance),
                Arrays.stream(instance.getChildActivityInstances()).flatMap(ProcessInstanceAssert::descendants));
    }

    private List<String> passed() {
        isNotNull();
        return history().createHistoricActivityInstanceQuery().processInstanceId(actual.getId()).finished()
                .orderByHistoricActivityInstanceEndTime().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    private HistoricProcessInstance historic() {
        return history().createHistoricProcessInstanceQuery().processInstanceId(actual.getId()).singleResult();
    }

    private String describe() {
        return "process instance " + actual.getId() + " (" + actual.getProcessDefinitionId() + ")";
    }

    private static RuntimeService runtime() {
        return TestEngine.get().getRuntimeService();
    }

    private static HistoryService history() {
        return TestEngine.get().getHistoryService();
    }
}
