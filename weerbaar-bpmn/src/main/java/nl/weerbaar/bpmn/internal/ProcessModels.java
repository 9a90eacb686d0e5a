package nl.weerbaar.bpmn.internal;

import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.bpmn.forms.CamundaForms;
import nl.weerbaar.bpmn.model.DiagramLayout;
import nl.weerbaar.bpmn.model.ModelledProcess;
import org.camunda.bpm.model.bpmn.Bpmn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every model and form of Weerbaar's own processes, rendered to the text of the resource the engine deploys. The
 * build's {@code models} profile writes them into {@code src/main/resources}; a test fails when a committed
 * resource differs.
 */
public final class ProcessModels {

    private ProcessModels() {
    }

    /** Resource name → content, for every model and every form. */
    public static Map<String, String> render() {
        Map<String, String> resources = new LinkedHashMap<>();
        for (ModelledProcess process : WeerbaarProcesses.builtIn()) {
            resources.put(process.modelResource(), Bpmn.convertToString(DiagramLayout.apply(process.model())) + "\n");
        }
        for (ModelledProcess process : WeerbaarProcesses.builtIn()) {
            process.forms().forEach(form -> resources.put(CamundaForms.resourceName(form), CamundaForms.render(form)));
        }
        return resources;
    }

    /** Writes every resource below the given resources directory. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        for (Map.Entry<String, String> resource : render().entrySet()) {
            Path target = root.resolve(resource.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, resource.getValue(), StandardCharsets.UTF_8);
            System.out.println("Wrote " + target);
        }
    }
}
