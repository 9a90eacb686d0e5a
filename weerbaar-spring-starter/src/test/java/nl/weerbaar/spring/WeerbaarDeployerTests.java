package nl.weerbaar.spring;

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
        assertThatThrownBy(() -> new WeerbaarDeployer(null, List::of, List.of("weerbaar-onbekend")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no Weerbaar process 'weerbaar-onbekend'; known: [weerbaar-maatregel");
    }
}
