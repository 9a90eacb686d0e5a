package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.process.StartCheck;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A zienswijze cycle — the region's, and each gemeente's part of it — has the business key
 * {@code <tenant>:zienswijze:<budgetYear>}, set from the budget year when not given, so that one runs per tenant
 * and budget year. A start without a valid budget year is left to the process's own start check, which refuses it.
 */
public final class ZienswijzeStartCheck {

    private ZienswijzeStartCheck() {
    }

    public static void check(DelegateExecution start, WeerbaarComponents components) {
        if (!(start.getVariable(ZienswijzeVariables.BUDGET_YEAR) instanceof Integer year)) {
            return;
        }
        StartCheck.expectBusinessKey(start, start.getTenantId() + ":zienswijze:" + year,
                "Zienswijzecyclus niet gestart: de business key voor begrotingsjaar " + year);
    }
}
