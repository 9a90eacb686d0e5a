package nl.weerbaar.bpmn;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import nl.weerbaar.bpmn.engine.HostProcess;
import nl.weerbaar.bpmn.engine.ProcessDeployment;
import nl.weerbaar.bpmn.engine.WeerbaarEnginePlugin;
import nl.weerbaar.bpmn.measure.CatalogValueHistory;
import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.core.scenario.ScenarioLoader;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.OverlayLoader;
import nl.weerbaar.core.registry.CatalogRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One in-memory engine for every process test (engines are expensive on two cores), with every Weerbaar process
 * deployed once for all test tenants, the shipped VNG catalog and a reminder sender that records what it sends.
 */
public final class TestEngine {

    public static final String UTRECHT = "utrecht";
    public static final String AMERSFOORT = "amersfoort";
    public static final String VR_UTRECHT = "vr-utrecht";
    /** A gemeente without a veiligheidsregio configured. */
    public static final String WOERDEN = "woerden";
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Reminders and escalations sent, in order. */
    public static final List<Reminder> REMINDERS = new CopyOnWriteArrayList<>();

    /** Utrecht and Amersfoort are gemeenten of the veiligheidsregio vr-utrecht. */
    public static final TenantDirectory TENANTS = TenantDirectory.of(orderedMap(UTRECHT, VR_UTRECHT, AMERSFOORT,
            VR_UTRECHT), Set.of(VR_UTRECHT));

    /** Weerbaar's own processes, as deployed for every test tenant. */
    public static final List<ModelledProcess> PROCESSES = WeerbaarProcesses.builtIn();

    /** The source of the test deployments; duplicate filtering compares deployments of one name and source. */
    public static final String SOURCE = "weerbaar-bpmn-tests";

    /**
     * The shipped catalog; Amersfoort's overlay chooses the gemeentesecretaris as bevoegd gezag of pillar 1 and
     * adjusts the cyber attack's measures (3.1 in, 2.6 out); 1.5 has a local owner.
     */
    private static final TenantCatalogs CATALOGS = catalogs();

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

    private static TenantCatalogs catalogs() {
        EffectiveCatalog vng = CatalogRegistry.builder().addShippedCatalogs().build().effective("urn:weerbaar:vng-2025");
        EffectiveCatalog amersfoort = OverlayLoader.apply(vng.catalog(), List.of(OverlayLoader.load(
                CatalogResource.text("amersfoort.yaml", """
                        urn: urn:weerbaar:amersfoort
                        title: Keuzes gemeente Amersfoort
                        target: urn:weerbaar:vng-2025
                        pillars:
                          - number: 1
                            authority: gemeentesecretaris
                        measures:
                          - ref: "1.5"
                            localOwner: Team BCM Amersfoort
                        scenarios:
                          - code: CYBERAANVAL
                            add:
                              - ref: "3.1"
                                reason: Onze noodstroom draait op een systeem dat aan het netwerk hangt.
                            remove:
                              - ref: "2.6"
                                reason: De regio neemt dit bij een cyberaanval voor ons waar.
                        """))));
        return tenant -> AMERSFOORT.equals(tenant) ? amersfoort : vng;
    }

    private static ProcessEngine create() {
        TenantCatalogs catalogs = CATALOGS;
        WeerbaarComponents components = new WeerbaarComponents(catalogs, RoleMapping.defaults(),
                WeerbaarSettings.defaults().withZone(ZONE), REMINDERS::add, TENANTS, ScenarioLoader.vng2025());
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("weerbaar-bpmn-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:weerbaar-bpmn-tests;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        // Camunda's Spring Boot starter's generator: a definition id whose "<key>:<version>:<id>" would exceed 64
        // characters is then the bare id, as in every real installation.
        configuration.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator());
        // As the example application runs: without the detail rows of the values fixed at a lifecycle's start.
        configuration.setProcessEnginePlugins(List.of(WeerbaarEnginePlugin.standalone(withHostProcess(), components),
                new CatalogValueHistory()));
        ProcessEngine engine = configuration.buildProcessEngine();
        // Once for every tenant (ADR 14); each instance gets its tenant when it starts.
        ProcessDeployment.deploy(engine.getRepositoryService(), PROCESSES, null, SOURCE);
        return engine;
    }

    /** Weerbaar's processes and a host's own (deployed by the test that uses it), whose form is registered too. */
    private static List<WeerbaarProcess> withHostProcess() {
        List<WeerbaarProcess> processes = new ArrayList<>(PROCESSES);
        processes.add(new HostProcess());
        return processes;
    }

    /** The routing the processes use: the shipped catalog for every tenant, {@link #TENANTS}. */
    public static MeasureRoutes routes() {
        return new MeasureRoutes(CATALOGS, TENANTS, ZONE);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A moment on a day, Dutch time, for moving the engine clock. */
    public static java.util.Date at(LocalDate day, int hour) {
        return java.util.Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant());
    }
}
