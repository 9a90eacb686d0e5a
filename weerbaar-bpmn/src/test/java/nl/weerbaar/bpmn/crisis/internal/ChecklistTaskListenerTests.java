package nl.weerbaar.bpmn.crisis.internal;

import nl.weerbaar.bpmn.crisis.CrisisProcessModel;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checklist task for a measure that has left the tenant's catalog since the crisis started still opens: a
 * failing 72-hour timer would keep the whole checklist closed in the middle of a crisis.
 */
class ChecklistTaskListenerTests {

    @Test
    void opensTheTaskForAMeasureNoLongerInTheCatalogAndSaysSo() {
        EffectiveCatalog empty = new EffectiveCatalog(CatalogLoader.vng2025(), List.of(), List.of(), List.of());
        Map<String, Object> task = new HashMap<>();
        Map<String, Object> execution = new HashMap<>();

        new ChecklistTaskListener(tenant -> empty).notify(task(task, execution));

        assertThat(task).containsEntry("name", "Maatregel 2.4 afvinken: (staat niet meer in de catalogus)")
                .containsEntry("measureRef", "2.4")
                .containsEntry("measureTitle", "(staat niet meer in de catalogus)")
                .containsEntry("measureText", "")
                .containsEntry("phase", "Warme fase (> 72 uur)");
        assertThat(execution).containsEntry("checklistStatus", null).containsEntry("checklistNote", null);
    }

    /** A task of the warm phase after 72 hours for measure 2.4 that records what the listener sets. */
    private static DelegateTask task(Map<String, Object> task, Map<String, Object> execution) {
        DelegateExecution delegateExecution = (DelegateExecution) Proxy.newProxyInstance(
                DelegateExecution.class.getClassLoader(), new Class<?>[] {DelegateExecution.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setVariableLocal" -> execution.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (DelegateTask) Proxy.newProxyInstance(DelegateTask.class.getClassLoader(),
                new Class<?>[] {DelegateTask.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getTaskDefinitionKey" -> CrisisProcessModel.CHECKLIST_WARM_NA_72U;
                    case "getTenantId" -> "utrecht";
                    case "getVariable" -> "ref".equals(args[0]) ? "2.4" : null;
                    case "getExecution" -> delegateExecution;
                    case "setName" -> task.put("name", args[0]);
                    case "setVariableLocal" -> task.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
