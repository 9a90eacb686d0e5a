package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.engine.ProcessDeployment;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.InitializingBean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deploys the processes, with every form, once per tenant when the application starts. Duplicate filtering makes
 * a restart deploy nothing new, while a changed model deploys a new version; the application's own deployments
 * are left alone.
 */
public class WeerbaarDeployer implements InitializingBean {

    /**
     * The deployment source, shown in Cockpit. The same in the Operaton build, so that an installation moving from
     * Camunda 7 to Operaton finds its deployments unchanged (duplicate filtering compares name and source).
     */
    public static final String SOURCE = "weerbaar-spring-starter"; // same on Operaton

    private final ProcessEngine engine;
    private final WeerbaarTenants tenants;
    private final List<WeerbaarProcess> processes;
    private final Map<String, String> deploymentIds = new ConcurrentHashMap<>();

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

    /** Deploys to every tenant; returns tenant id → id of the deployment now in force. */
    public Map<String, String> deployAll() {
        RepositoryService repository = engine.getRepositoryService();
        for (WeerbaarTenant tenant : tenants.all()) {
            deploymentIds.put(tenant.id(), ProcessDeployment.deploy(repository, processes, tenant.id(), SOURCE).getId());
        }
        return Map.copyOf(deploymentIds);
    }

    /** The keys of the processes deployed to each tenant. */
    public List<String> processKeys() {
        return processes.stream().map(WeerbaarProcess::key).toList();
    }

    /** Whether every configured process has a definition in every tenant. */
    public boolean deployedEverywhere() {
        RepositoryService repository = engine.getRepositoryService();
        return tenants.all().stream().allMatch(tenant -> processKeys().stream().allMatch(key ->
                repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn(tenant.id())
                        .latestVersion().count() == 1));
    }
}
