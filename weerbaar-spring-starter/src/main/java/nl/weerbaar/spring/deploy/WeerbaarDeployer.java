package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.engine.ProcessDeployment;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deploys the processes, with every form, once per tenant when the application starts. Duplicate filtering makes
 * a redeployment deploy nothing new, while a changed model deploys a new version; the application's own deployments
 * are left alone.
 * <p>
 * A restart with the same processes costs two statements whatever the number of tenants: the digest of every model
 * and form, kept as an engine property ({@value #DIGEST_PROPERTY}) after each complete deployment, and one count of
 * the latest definitions show that nothing is left to do. A tenant created at runtime gets its processes from
 * {@link #deployNewTenants()}, which {@link WeerbaarTenantWatcher} calls.
 */
public class WeerbaarDeployer implements InitializingBean {

    /**
     * The deployment source, shown in Cockpit. The same in the Operaton build, so that an installation moving from
     * Camunda 7 to Operaton finds its deployments unchanged (duplicate filtering compares name and source).
     */
    public static final String SOURCE = "weerbaar-spring-starter"; // same on Operaton

    /** Engine property with the SHA-256 digest of the processes last deployed to every tenant. */
    public static final String DIGEST_PROPERTY = "weerbaar.deployment.sha256";

    private static final Logger LOG = LoggerFactory.getLogger(WeerbaarDeployer.class);

    private final ProcessEngine engine;
    private final WeerbaarTenants tenants;
    private final List<WeerbaarProcess> processes;
    private volatile String digest;

    /**
     * @param available every process bean, in order
     * @param selected  the keys to deploy; empty: every one
     */
    public WeerbaarDeployer(ProcessEngine engine, WeerbaarTenants tenants, Collection<? extends WeerbaarProcess> available,
                            List<String> selected) {
        this.engine = engine;
        this.tenants = tenants;
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
        deployAll();
    }

    /**
     * Deploys to every tenant, unless the processes are unchanged since the last complete deployment and every
     * tenant has them; returns tenant id → id of the deployment now in force.
     */
    public Map<String, String> deployAll() {
        List<String> tenantIds = tenants.all().stream().map(WeerbaarTenant::id).toList();
        if (tenantIds.isEmpty()) {
            return Map.of();
        }
        ManagementService management = engine.getManagementService();
        if (digest().equals(management.getProperties().get(DIGEST_PROPERTY)) && deployedEverywhere(tenantIds)) {
            LOG.info("Weerbaar: processes unchanged since their last deployment to all {} tenants; nothing deployed",
                    tenantIds.size());
            return inForce(tenantIds);
        }
        Map<String, String> deploymentIds = new LinkedHashMap<>();
        RepositoryService repository = engine.getRepositoryService();
        for (String tenant : tenantIds) {
            deploymentIds.put(tenant, ProcessDeployment.deploy(repository, processes, tenant, SOURCE).getId());
        }
        management.setProperty(DIGEST_PROPERTY, digest());
        return Map.copyOf(deploymentIds);
    }

    /**
     * Deploys to every tenant that has none of the processes yet (one created at runtime, in Camunda Admin or over
     * its API); returns the tenants deployed to.
     */
    public List<String> deployNewTenants() {
        if (processes.isEmpty()) {
            return List.of();
        }
        Set<String> deployed = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processes.get(0).key()).latestVersion().list().stream()
                .map(ProcessDefinition::getTenantId).collect(Collectors.toSet());
        List<String> added = new ArrayList<>();
        for (WeerbaarTenant tenant : tenants.all()) {
            if (!deployed.contains(tenant.id())) {
                ProcessDeployment.deploy(engine.getRepositoryService(), processes, tenant.id(), SOURCE);
                added.add(tenant.id());
            }
        }
        if (!added.isEmpty()) {
            LOG.info("Weerbaar: processes deployed to {} new tenant(s): {}", added.size(), added);
        }
        return added;
    }

    /** The keys of the processes deployed to each tenant. */
    public List<String> processKeys() {
        return processes.stream().map(WeerbaarProcess::key).toList();
    }

    /**
     * Whether every configured process has a definition in every tenant: one count over all tenants, so the health
     * check costs the same number of statements at 3 tenants as at 367.
     */
    public boolean deployedEverywhere() {
        return deployedEverywhere(tenants.all().stream().map(WeerbaarTenant::id).toList());
    }

    private boolean deployedEverywhere(List<String> tenantIds) {
        if (tenantIds.isEmpty() || processes.isEmpty()) {
            return true;
        }
        long found = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKeysIn(processKeys().toArray(String[]::new))
                .tenantIdIn(tenantIds.toArray(String[]::new)).latestVersion().count();
        return found == (long) tenantIds.size() * processes.size();
    }

    /** Tenant → its newest Weerbaar deployment, in one query. */
    private Map<String, String> inForce(List<String> tenantIds) {
        Map<String, String> newest = new LinkedHashMap<>();
        for (Deployment deployment : engine.getRepositoryService().createDeploymentQuery()
                .deploymentName(ProcessDeployment.DEPLOYMENT_NAME).tenantIdIn(tenantIds.toArray(String[]::new))
                .orderByDeploymentTime().asc().list()) {
            newest.put(deployment.getTenantId(), deployment.getId());
        }
        return Map.copyOf(newest);
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
