package nl.weerbaar.bpmn.noodsteunpunt.internal;

import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntVariables;
import nl.weerbaar.bpmn.noodsteunpunt.Noodsteunpunten;
import nl.weerbaar.bpmn.process.StartCheck;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A noodsteunpunt starts with its name, and its business key is {@code <tenant>:noodsteunpunt:<name>} — set from
 * the name when not given — so that one runs per gemeente and name.
 */
public final class NoodsteunpuntStartCheck {

    private NoodsteunpuntStartCheck() {
    }

    public static void check(DelegateExecution start, WeerbaarComponents components) {
        Object name = start.getVariable(NoodsteunpuntVariables.NAME);
        if (!(name instanceof String text) || text.isBlank()) {
            throw new StartRefusedException("Noodsteunpunt niet gestart: geef de naam mee in de variabele '"
                    + NoodsteunpuntVariables.NAME + "', bijvoorbeeld \"Noodsteunpunt Overvecht\".");
        }
        StartCheck.expectBusinessKey(start, Noodsteunpunten.businessKey(start.getTenantId(), text),
                "Noodsteunpunt niet gestart: de business key van noodsteunpunt '" + text.strip() + "'");
    }
}
