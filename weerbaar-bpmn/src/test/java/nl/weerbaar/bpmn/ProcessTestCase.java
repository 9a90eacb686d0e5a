package nl.weerbaar.bpmn;

import nl.weerbaar.bpmn.forms.FormValidationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every process test needs on the shared engine: the open task, a timer, candidate groups, completing a task
 * and proving that a completion is refused while the task stays open. Each test class registers its own
 * {@code TestEngine.extension()}: the extension keeps per-class state.
 */
public abstract class ProcessTestCase {

    /** Process instances a test started; deleted after it when still running. */
    protected final List<String> started = new ArrayList<>();

    @AfterEach
    void deleteStartedInstancesAndResetTheClock() {
        RuntimeService runtime = TestEngine.get().getRuntimeService();
        started.forEach(id -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtime.deleteProcessInstance(id, "test finished");
            }
        });
        ClockUtil.reset();
    }

    private static TaskService tasks() {
        return TestEngine.get().getTaskService();
    }

    /** The one open task of the instance. */
    protected Task task(ProcessInstance instance) {
        return tasks().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** Completes the instance's one open task. */
    protected void complete(ProcessInstance instance, Map<String, Object> variables) {
        tasks().complete(task(instance).getId(), variables);
    }

    /** Completes the instance's open task of this task definition, when it has more than one open. */
    protected void completeKey(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        tasks().complete(tasks().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult().getId(), variables);
    }

    /** The timer job of the activity in the instance. */
    protected Job timer(ProcessInstance instance, String activityId) {
        return TestEngine.get().getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    /** Sets the clock to the due date of the activity's timer in the instance and fires it. */
    protected void fire(ProcessInstance instance, String activityId) {
        Job job = timer(instance, activityId);
        ClockUtil.setCurrentTime(job.getDuedate());
        TestEngine.get().getManagementService().executeJob(job.getId());
    }

    /** The candidate groups of a task. */
    protected List<String> candidateGroups(Task task) {
        return tasks().getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    /** Completing the task with these variables is refused by its form, and the task stays open. */
    protected FormValidationException refuse(Task task, Map<String, Object> variables) {
        ProcessEngineException failure = catchThrowableOfType(ProcessEngineException.class,
                () -> tasks().complete(task.getId(), variables));
        assertThat(failure).as("completing %s should be refused", task.getTaskDefinitionKey()).isNotNull();
        FormValidationException refused = FormValidationException.in(failure).orElseThrow();
        assertThat(tasks().createTaskQuery().taskId(task.getId()).count()).as("task stays open").isEqualTo(1);
        return refused;
    }
}
