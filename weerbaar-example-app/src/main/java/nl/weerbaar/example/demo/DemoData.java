package nl.weerbaar.example.demo;

import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.spring.WeerbaarProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Loads the demo data when the {@code demo} profile is active — and only then: without it the application has no
 * users but the administrator a gemeente creates itself. Runs after the processes are deployed and before Camunda's
 * job executor starts, so timers the demo puts in the past are handled here, the same on every start.
 */
@Component
@Profile("demo")
public class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final ProcessEngine engine;
    private final RoleMapping roles;
    private final MeasureRoutes routes;
    private final WeerbaarProperties properties;
    private final Environment environment;

    public DemoData(ProcessEngine engine, RoleMapping roles, WeerbaarComponents components, WeerbaarProperties properties,
                    Environment environment) {
        this.engine = engine;
        this.roles = roles;
        this.routes = components.routes();
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        LOG.info("""
                Weerbaar demo ready. Tasklist: {}/camunda/app/tasklist/ — log in as utrecht.aov, amersfoort.aov, \
                utrecht.gemsec, … or demo (administrator); every password is '{}'. Engine REST: {}/engine-rest, \
                Weerbaar API: {}/api/weerbaar/v1/progress (HTTP Basic), described by \
                {}/api/weerbaar/v1/openapi.json. Weerbaarheidsmonitor: {}/weerbaar/ (after logging in to Tasklist; \
                vr-utrecht.ab sees the region).""", base, DemoUsers.PASSWORD, base, base, base, base);
    }

    /** Creates whatever of the demo data is missing. */
    public void load() {
        new DemoIdentity(engine, roles).create();
        new DemoWork(engine, routes, LocalDate.now(properties.getZone())).create();
    }
}
