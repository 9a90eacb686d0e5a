package nl.weerbaar.spring;

import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.spring.deploy.WeerbaarDeployer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A configured process that does not exist stops start-up naming it and the known ones.
 */
class WeerbaarDeployerTests {

    @Test
    void rejectsAnUnknownProcessKey() {
        assertThatThrownBy(() -> new WeerbaarDeployer(null, WeerbaarProcesses.builtIn(),
                List.of("weerbaar-maatregel", "weerbaar-onbekend")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("weerbaar.processes names 'weerbaar-onbekend', which is not a process here;"
                        + " known: [weerbaar-maatregel, weerbaar-noodsteunpunt");
    }
}
