package nl.weerbaar.bpmn;

import nl.weerbaar.bpmn.forms.CamundaForms;
import nl.weerbaar.bpmn.continuity.ContinuityProcess;
import nl.weerbaar.bpmn.crisis.CrisisProcess;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntProcess;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcess;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeRegioProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The resources of the Weerbaar processes — models and their Camunda Forms — and how to deploy them. Forms are
 * listed explicitly because Camunda's default resource scanning skips {@code .form} files.
 */
public final class WeerbaarProcesses {

    /** Every Weerbaar process. */
    public static final List<WeerbaarProcess> ALL = List.of(new MeasureProcess(), new NoodsteunpuntProcess(),
            new ContinuityProcess(), new CrisisProcess(), new ZienswijzeRegioProcess(),
            new ZienswijzeGemeenteProcess());

    /** The deployment name; with duplicate filtering, an unchanged redeployment creates nothing new. */
    public static final String DEPLOYMENT_NAME = "weerbaar";

    private WeerbaarProcesses() {
    }

    /** The keys of every process. */
    public static List<String> keys() {
        return ALL.stream().map(WeerbaarProcess::key).toList();
    }

    /** Classpath names of the models of the given processes. */
    public static List<String> models(List<String> processKeys) {
        return processKeys.stream().map(key -> "weerbaar/bpmn/" + key + ".bpmn").toList();
    }

    /** The process with this key. */
    public static WeerbaarProcess get(String key) {
        return ALL.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Weerbaar process '" + key + "'; known: "
                        + ALL.stream().map(WeerbaarProcess::key).toList()));
    }

    /** Classpath names of every form. */
    public static List<String> forms() {
        return WeerbaarForms.registry().all().stream().map(CamundaForms::resourceName).toList();
    }

    /** Every resource of every process. */
    public static List<String> resources() {
        List<String> resources = new ArrayList<>(models(keys()));
        resources.addAll(forms());
        return resources;
    }

    /** Adds every resource of the given processes and every form to a deployment. */
    public static DeploymentBuilder addTo(DeploymentBuilder deployment, List<String> processKeys) {
        ClassLoader loader = WeerbaarProcesses.class.getClassLoader();
        List<String> resources = new ArrayList<>(models(processKeys));
        resources.addAll(forms());
        resources.forEach(name -> deployment.addInputStream(name, loader.getResourceAsStream(name)));
        return deployment;
    }

    /**
     * Deploys every process for the tenant ({@code null}: without tenant). Duplicate filtering makes this safe to
     * call on every start: an unchanged set deploys nothing, a changed model deploys a new version.
     */
    public static Deployment deploy(RepositoryService repository, String tenantId) {
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("weerbaar-bpmn")
                .enableDuplicateFiltering(true)
                .tenantId(tenantId);
        return addTo(deployment, keys()).deploy();
    }
}
