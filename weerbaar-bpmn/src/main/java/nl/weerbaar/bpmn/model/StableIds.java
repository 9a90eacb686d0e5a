package nl.weerbaar.bpmn.model;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.DomElement;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replaces the random ids the fluent builder gives unnamed elements with ids derived from the model, so that
 * rendering a model twice gives the same file and a diff shows only real changes.
 */
public final class StableIds {

    private static final Pattern GENERATED = Pattern.compile(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private StableIds() {
    }

    public static BpmnModelInstance apply(BpmnModelInstance model) {
        Definitions definitions = model.getDefinitions();
        String processId = model.getModelElementsByType(Process.class).iterator().next().getId();
        definitions.setId("Definitions_" + processId);
        Map<String, Integer> used = new HashMap<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (GENERATED.matcher(flow.getId()).matches()) {
                flow.setId(unique("Flow_" + flow.getSource().getId() + "_" + flow.getTarget().getId(), used));
            }
        }
        renameNested(model, definitions.getDomElement(), processId, used);
        return model;
    }

    /**
     * Other generated ids (documentation, event definitions, conditions, diagram elements) are named after their
     * parent element, walking the document from the top so that names nest.
     */
    private static void renameNested(BpmnModelInstance model, DomElement element, String parentId,
                                     Map<String, Integer> used) {
        String id = element.getAttribute("id");
        String ownId = parentId;
        if (id != null) {
            ownId = id;
            if (GENERATED.matcher(id).matches()) {
                ownId = unique(parentId + "_" + element.getLocalName(), used);
                model.getModelElementById(id).setAttributeValue("id", ownId, true);
            }
        }
        for (DomElement child : element.getChildElements()) {
            renameNested(model, child, ownId, used);
        }
    }

    private static String unique(String candidate, Map<String, Integer> used) {
        int count = used.merge(candidate, 1, Integer::sum);
        return count == 1 ? candidate : candidate + "_" + count;
    }
}
