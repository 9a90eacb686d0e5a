package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.beans.factory.InitializingBean;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deploys the configured processes, with every form, once per tenant when the application starts. Duplicate
 * filtering makes a restart deploy nothing new, while a changed model deploys a new version; the application's
 * own deployments are left alone.
 */
public class WeerbaarDeployer implements InitializingBean {

    private final ProcessEngine engine;
    private final WeerbaarTenants tenants;
    private final List<String> processKeys;
    private final Map<String, String> deploymentIds = new ConcurrentHashMap<>();

    public WeerbaarDeployer(ProcessEngine engine, WeerbaarTenants tenants, List<String> processKeys) {
        this.engine = engine;
        this.tenants = tenants;
        this.processKeys = processKeys.isEmpty() ? WeerbaarProcesses.keys() : List.copyOf(processKeys);
        this.processKeys.forEach(WeerbaarProcesses::get);
    }

    @Override
    public void afterPropertiesSet() {
        deployAll();
    }

    /** Deploys to every tenant; returns tenant id → id of the deployment now in force. */
    public Map<String, String> deployAll() {
        RepositoryService repository = engine.getRepositoryService();
        for (WeerbaarTenant tenant : tenants.all()) {
            DeploymentBuilder deployment = repository.createDeployment()
                    .name(WeerbaarProcesses.DEPLOYMENT_NAME)
                    .source("weerbaar-spring-starter")
                    .enableDuplicateFiltering(true)
                    .tenantId(tenant.id());
            WeerbaarProcesses.addTo(deployment, processKeys);
            deploymentIds.put(tenant.id(), deployment.deploy().getId());
        }
        return Map.copyOf(deploymentIds);
    }

    /** The process keys deployed to each tenant. */
    public List<String> processKeys() {
        return processKeys;
    }

    /** Whether every configured process has a definition in every tenant. */
    public boolean deployedEverywhere() {
        RepositoryService repository = engine.getRepositoryService();
        return tenants.all().stream().allMatch(tenant -> processKeys.stream().allMatch(key ->
                repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn(tenant.id())
                        .latestVersion().count() == 1));
    }
}
