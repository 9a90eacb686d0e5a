package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.measure.internal.FixedValueDetailsLeftOut;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin takes the place of the engine's own database history handler only where the engine would use that
 * one, and keeps the host's custom handlers (the detail rows it leaves out: {@code MeasureProcessTests}).
 */
class CatalogValueHistoryTests {

    private final HistoryEventHandler hosts = new CompositeHistoryEventHandler();

    @Test
    void takesThePlaceOfTheEnginesDatabaseHandlerAfterTheHostsOwn() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setCustomHistoryEventHandlers(new ArrayList<>(List.of(hosts)));

        new CatalogValueHistory().preInit(configuration);

        assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isFalse();
        assertThat(configuration.getCustomHistoryEventHandlers()).hasSize(2).first().isSameAs(hosts);
        assertThat(configuration.getCustomHistoryEventHandlers().get(1)).isInstanceOf(FixedValueDetailsLeftOut.class);
        configuration.getCustomHistoryEventHandlers().add(new CompositeHistoryEventHandler());
        assertThat(configuration.getCustomHistoryEventHandlers()).as("a later plugin may still add its own").hasSize(3);
    }

    @Test
    void leavesAnEngineWithAHistoryEventHandlerOfItsOwnOrWithoutDatabaseHistoryAsItIs() {
        StandaloneInMemProcessEngineConfiguration own = new StandaloneInMemProcessEngineConfiguration();
        CompositeHistoryEventHandler handler = new CompositeHistoryEventHandler(hosts);
        own.setHistoryEventHandler(handler);
        StandaloneInMemProcessEngineConfiguration none = new StandaloneInMemProcessEngineConfiguration();
        none.setEnableDefaultDbHistoryEventHandler(false);
        none.setCustomHistoryEventHandlers(new ArrayList<>(List.of(hosts)));

        new CatalogValueHistory().preInit(own);
        new CatalogValueHistory().preInit(none);

        assertThat(own.getHistoryEventHandler()).isSameAs(handler);
        assertThat(own.isEnableDefaultDbHistoryEventHandler()).isTrue();
        assertThat(none.getCustomHistoryEventHandlers()).containsExactly(hosts);
    }
}
