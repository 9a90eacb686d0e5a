package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.engine.ProcessDeployment;
import nl.weerbaar.bpmn.engine.SharedDefinitions;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * Deploys the processes, with every form, once for all tenants when the application starts (ADR 14): without tenant
 * id, each instance carrying the tenant it works for. Duplicate filtering makes a redeployment deploy nothing new,
 * while a changed model deploys a new version; the application's own deployments are left alone. A tenant created
 * at runtime (Camunda Admin or its API) starts every process at once, without a restart or a deployment of its own.
 * <p>
 * A restart with the same processes costs two statements: the digest of every model and form, kept as an engine
 * property ({@value #DIGEST_PROPERTY}) after each deployment, and one count of the latest shared definitions show
 * that nothing is left to do. An installation from before ADR 14, with a deployment per tenant, is upgraded on its
 * first start: {@link SharedDefinitions#adopt} moves its running instances to the shared definitions, with their
 * tenant, and suspends the tenants' own.
 */
public class WeerbaarDeployer implements InitializingBean {

    /**
     * The deployment source, shown in Cockpit. The same in the Operaton build, so that an installation moving from
     * Camunda 7 to Operaton finds its deployments unchanged (duplicate filtering compares name and source).
     */
    public static final String SOURCE = "weerbaar-spring-starter"; // same on Operaton

    /** Engine property with the SHA-256 digest of the processes last deployed. */
    public static final String DIGEST_PROPERTY = "weerbaar.deployment.sha256";

    private static final Logger LOG = LoggerFactory.getLogger(WeerbaarDeployer.class);

    private final ProcessEngine engine;
    private final List<WeerbaarProcess> processes;
    private volatile String digest;

    /**
     * @param available every process bean, in order
     * @param selected  the keys to deploy; empty: every one
     */
    public WeerbaarDeployer(ProcessEngine engine, Collection<? extends WeerbaarProcess> available,
                            List<String> selected) {
        this.engine = engine;
        this.processes = select(available, selected);
    }

    private static List<WeerbaarProcess> select(Collection<? extends WeerbaarProcess> available, List<String> keys) {
        if (keys.isEmpty()) {
            return List.copyOf(available);
        }
        List<WeerbaarProcess> selected = new ArrayList<>();
        for (String key : keys) {
            selected.add(available.stream().filter(p -> p.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("weerbaar.processes names '" + key
                            + "', which is not a process here; known: "
                            + available.stream().map(WeerbaarProcess::key).toList())));
        }
        return List.copyOf(selected);
    }

    @Override
    public void afterPropertiesSet() {
        deploy();
    }

    /**
     * Deploys the processes once for all tenants, unless they are unchanged since the last deployment, and moves
     * work still running on a tenant's own definitions to the shared ones; returns the id of the deployment in
     * force ({@code null} without processes).
     */
    public String deploy() {
        if (processes.isEmpty()) {
            return null;
        }
        ManagementService management = engine.getManagementService();
        if (digest().equals(management.getProperties().get(DIGEST_PROPERTY)) && deployed()) {
            LOG.info("Weerbaar: processes unchanged since their last deployment; nothing deployed");
            return inForce();
        }
        String deployment = ProcessDeployment.deploy(engine.getRepositoryService(), processes, null, SOURCE).getId();
        try {
            SharedDefinitions.adopt(engine, processKeys());
        } catch (OptimisticLockingException concurrent) {
            // Another node of the same installation started at the same moment and adopted them first.
            LOG.info("Weerbaar: another node moved the tenants' running work to the shared definitions meanwhile");
        }
        management.setProperty(DIGEST_PROPERTY, digest());
        return deployment;
    }

    /** The keys of the processes deployed. */
    public List<String> processKeys() {
        return processes.stream().map(WeerbaarProcess::key).toList();
    }

    /**
     * Whether every configured process has a definition for all tenants: one count, so the health check costs the
     * same at 3 tenants as at 367.
     */
    public boolean deployed() {
        if (processes.isEmpty()) {
            return true;
        }
        long found = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKeysIn(processKeys().toArray(String[]::new)).withoutTenantId().latestVersion()
                .count();
        return found == processes.size();
    }

    /** The newest Weerbaar deployment for all tenants. */
    private String inForce() {
        return engine.getRepositoryService().createDeploymentQuery().deploymentName(ProcessDeployment.DEPLOYMENT_NAME)
                .withoutTenantId().orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst()
                .map(Deployment::getId).orElse(null);
    }

    private String digest() {
        if (digest == null) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                ProcessDeployment.resources(processes).forEach((name, content) -> {
                    sha.update(name.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(content);
                    sha.update((byte) 0);
                });
                digest = HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }
        return digest;
    }
}
