package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.forms.FormValidationListener;
import nl.weerbaar.bpmn.forms.TaskForm;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine plugin puts form validation on every user task whose form is registered, ahead of the model's own
 * listeners — on Weerbaar's models and on a host's hand-written one alike.
 */
class WeerbaarEnginePluginTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final String HOST_TENANT = "gastgemeente";

    private final ProcessEngine processEngine = TestEngine.get();

    @Test
    void everyUserTaskOfEveryWeerbaarModelChecksItsOwnFormBeforeAnythingElse() {
        List<ProcessDefinition> definitions = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .withoutTenantId().latestVersion().list();
        List<String> checked = new ArrayList<>();
        for (ProcessDefinition definition : definitions) {
            for (ActivityImpl activity : userTasks(deployed(definition))) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                List<TaskListener> complete = task.getAllTaskListenersForEvent(TaskListener.EVENTNAME_COMPLETE);
                assertThat(complete).as("complete listeners of %s in %s", activity.getId(), definition.getKey())
                        .first().isInstanceOf(FormValidationListener.class);
                Class<? extends Record> form = ((FormValidationListener) complete.get(0)).form();
                assertThat(form.getAnnotation(TaskForm.class).id())
                        .isEqualTo(task.getCamundaFormDefinitionKey().getExpressionText());
                checked.add(definition.getKey() + "/" + activity.getId());
            }
        }
        assertThat(checked).hasSizeGreaterThan(30);
    }

    @Test
    void aHostModelWithoutWeerbaarListenersHasItsRegisteredFormChecked() {
        // A tenant of its own, so the Weerbaar deployments of the test tenants stay as they are.
        ProcessDeployment.addTo(processEngine.getRepositoryService().createDeployment().name("host")
                .enableDuplicateFiltering(true).tenantId(HOST_TENANT), List.of(new HostProcess())).deploy();
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceByKey(HostProcess.KEY)
                .processDefinitionTenantId(HOST_TENANT).execute();
        started.add(instance.getId());

        assertThat(refuse(task(instance), Map.of("afhandeling", " ")).violations())
                .extracting(v -> v.field() + ": " + v.message()).containsExactly("afhandeling: is verplicht");

        complete(instance, Map.of("afhandeling", "Doorgestuurd naar de wijkagent"));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .count()).isZero();
    }

    private ProcessDefinitionEntity deployed(ProcessDefinition definition) {
        return (ProcessDefinitionEntity) ((RepositoryServiceImpl) processEngine.getRepositoryService())
                .getDeployedProcessDefinition(definition.getId());
    }

    private static List<ActivityImpl> userTasks(ScopeImpl scope) {
        List<ActivityImpl> tasks = new ArrayList<>();
        for (ActivityImpl activity : scope.getActivities()) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior) {
                tasks.add(activity);
            }
            tasks.addAll(userTasks(activity));
        }
        return tasks;
    }
}
