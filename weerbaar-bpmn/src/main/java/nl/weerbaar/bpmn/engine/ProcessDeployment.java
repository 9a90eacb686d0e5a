package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.forms.CamundaForms;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deploys processes with their forms: each process's model and a Camunda Form rendered from each of its form
 * records. Forms are added explicitly because Camunda's own resource scanning skips {@code .form} files.
 */
public final class ProcessDeployment {

    /** The deployment name; with duplicate filtering, an unchanged redeployment creates nothing new. */
    public static final String DEPLOYMENT_NAME = "weerbaar";

    private ProcessDeployment() {
    }

    /** Resource name → content of every model and form of the processes, in the processes' order. */
    public static Map<String, byte[]> resources(Collection<? extends WeerbaarProcess> processes) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (WeerbaarProcess process : processes) {
            resources.put(process.modelResource(), model(process));
        }
        for (WeerbaarProcess process : processes) {
            for (Class<? extends Record> form : process.forms()) {
                resources.put(CamundaForms.resourceName(form),
                        CamundaForms.render(form).getBytes(StandardCharsets.UTF_8));
            }
        }
        return resources;
    }

    /** Adds every model and form of the processes to a deployment. */
    public static DeploymentBuilder addTo(DeploymentBuilder deployment,
                                          Collection<? extends WeerbaarProcess> processes) {
        resources(processes).forEach((name, content) -> deployment.addInputStream(name,
                new ByteArrayInputStream(content)));
        return deployment;
    }

    /**
     * Deploys the processes for the tenant ({@code null}: without tenant). Duplicate filtering makes this safe to
     * call on every start: an unchanged set deploys nothing, a changed model deploys a new version.
     */
    public static Deployment deploy(RepositoryService repository, Collection<? extends WeerbaarProcess> processes,
                                    String tenantId, String source) {
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(source)
                .enableDuplicateFiltering(true)
                .tenantId(tenantId);
        return addTo(deployment, processes).deploy();
    }

    private static byte[] model(WeerbaarProcess process) {
        ClassLoader loader = process.getClass().getClassLoader();
        try (InputStream in = loader.getResourceAsStream(process.modelResource())) {
            if (in == null) {
                throw new IllegalStateException("process " + process.key() + ": model " + process.modelResource()
                        + " is not on the class path of " + process.getClass().getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("process " + process.key() + ": cannot read " + process.modelResource(), e);
        }
    }
}
