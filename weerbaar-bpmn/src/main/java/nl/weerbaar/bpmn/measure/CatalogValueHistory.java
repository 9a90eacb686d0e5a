package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.measure.internal.FixedValueDetailsLeftOut;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Leaves out the history detail rows ({@code ACT_HI_DETAIL}) of the values a measure's lifecycle is given at its start
 * and that nothing changes afterwards ({@link MeasureVariables#FIXED_AT_START}: the catalog's text, pillar, phases, the
 * groups), when the command that starts the lifecycle creates them; created or changed later (by an administrator),
 * they get their rows. At history level {@code full} the engine writes each variable it creates three times; for these
 * the detail row repeats the historic variable instance ({@code ACT_HI_VARINST}) exactly, which keeps the value, and
 * the values the lifecycle's forms record keep their detail rows (the Weerbaarheidsmonitor's history reads them). A
 * reader of the detail rows alone (Camunda Optimize's variable import, an audit export built on
 * {@code /history/detail}) no longer finds these values there, which is why it is the host's choice (Spring:
 * {@code weerbaar.engine.catalog-value-details=false}; docs/operations.md).
 *
 * <p>Takes the place of the engine's own database history handler, beside the host's custom handlers. Changes
 * nothing when the engine has a history event handler of its own or writes no history to the database: then it logs
 * why.
 */
public class CatalogValueHistory extends AbstractProcessEnginePlugin {

    private static final System.Logger LOG = System.getLogger(CatalogValueHistory.class.getName());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventHandler() != null) {
            LOG.log(System.Logger.Level.WARNING, "The engine has its own history event handler ({0}); it writes the"
                    + " detail rows of the values fixed at a lifecycle''s start as it decides.",
                    configuration.getHistoryEventHandler().getClass().getName());
            return;
        }
        if (!configuration.isEnableDefaultDbHistoryEventHandler()) {
            LOG.log(System.Logger.Level.INFO, "The engine writes no history to the database; nothing to leave out.");
            return;
        }
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        // Where the engine's composite puts its own: after the custom handlers; those that plugins running after this
        // one add come after it.
        handlers.add(new FixedValueDetailsLeftOut(MeasureProcess.KEY, MeasureVariables.FIXED_AT_START));
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
