package nl.weerbaar.example.support;

import nl.weerbaar.spring.monitor.MappedScenario;
import nl.weerbaar.spring.monitor.ScenarioMapping;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * A scenario mapping for the integration tests, over the demo's measures: the monitor's scenario readiness and
 * noodhandboek are proved against it until the shipped mapping ({@code weerbaar/scenarios/vng-2025-scenarios.yaml},
 * issue 13) is on main; then this fixture goes and the tests use the shipped scenario of the same code.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestScenarios {

    public static final String POWER_OUTAGE = "LANGDURIGE_STROOMUITVAL";

    @Bean
    ScenarioMapping testScenarioMapping() {
        List<MappedScenario.Link> links = List.of("1.1", "1.3", "2.1", "2.2", "2.3", "2.6", "3.1", "3.4").stream()
                .map(ref -> new MappedScenario.Link(ref, "EDITORIAL", "Testkoppeling")).toList();
        return tenant -> List.of(new MappedScenario(POWER_OUTAGE, "Langdurige stroomuitval", "Prolonged power outage",
                null, links));
    }
}
