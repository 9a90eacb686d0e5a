package nl.weerbaar.bpmn;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import nl.weerbaar.bpmn.engine.HostProcess;
import nl.weerbaar.bpmn.engine.ProcessDeployment;
import nl.weerbaar.bpmn.engine.WeerbaarEnginePlugin;
import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.core.registry.CatalogRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One in-memory engine for every process test (engines are expensive on two cores), with every Weerbaar process
 * deployed for the test tenants, the shipped VNG catalog and a reminder sender that records what it sends.
 */
public final class TestEngine {

    public static final String UTRECHT = "utrecht";
    public static final String AMERSFOORT = "amersfoort";
    public static final String VR_UTRECHT = "vr-utrecht";
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Reminders sent, as "tenant:ref:owner:due". */
    public static final List<String> REMINDERS = new CopyOnWriteArrayList<>();

    /** Weerbaar's own processes, as deployed to every test tenant. */
    public static final List<ModelledProcess> PROCESSES = WeerbaarProcesses.builtIn();

    /** The source of the test deployments; duplicate filtering compares deployments of one name and source. */
    public static final String SOURCE = "weerbaar-bpmn-tests";

    private static final ProcessEngine ENGINE = create();

    private TestEngine() {
    }

    public static ProcessEngine get() {
        return ENGINE;
    }

    /** A JUnit extension bound to the shared engine; the engine is kept across test classes. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(ENGINE).ensureCleanAfterTest(false).build();
    }

    private static ProcessEngine create() {
        TenantCatalogs catalogs = TenantCatalogs.shared(
                CatalogRegistry.builder().addShippedCatalogs().build().effective("urn:weerbaar:vng-2025"));
        WeerbaarComponents components = new WeerbaarComponents(catalogs, RoleMapping.defaults(),
                WeerbaarSettings.defaults().withZone(ZONE),
                (tenant, ref, owner, due) -> REMINDERS.add(tenant + ":" + ref + ":" + owner + ":" + due));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("weerbaar-bpmn-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:weerbaar-bpmn-tests;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setProcessEnginePlugins(List.of(WeerbaarEnginePlugin.standalone(withHostProcess(), components)));
        ProcessEngine engine = configuration.buildProcessEngine();
        for (String tenant : List.of(UTRECHT, AMERSFOORT, VR_UTRECHT)) {
            ProcessDeployment.deploy(engine.getRepositoryService(), PROCESSES, tenant, SOURCE);
        }
        return engine;
    }

    /** Weerbaar's processes and a host's own (deployed by the test that uses it), whose form is registered too. */
    private static List<WeerbaarProcess> withHostProcess() {
        List<WeerbaarProcess> processes = new ArrayList<>(PROCESSES);
        processes.add(new HostProcess());
        return processes;
    }

    /** A moment on a day, Dutch time, for moving the engine clock. */
    public static java.util.Date at(LocalDate day, int hour) {
        return java.util.Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant());
    }
}
