package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A measure's lifecycle starts with the business key {@code <tenant>:<ref>} of a measure in the tenant's effective
 * catalog; {@code measureRef}, when given, is that ref, and it is set from the key when not. Without a tenant (an
 * installation of one gemeente) the part before the colon is not checked.
 */
public final class MeasureStartCheck {

    private MeasureStartCheck() {
    }

    public static void check(DelegateExecution start, WeerbaarComponents components) {
        String tenant = start.getTenantId();
        String key = start.getProcessBusinessKey();
        String example = (tenant == null ? "gemeente" : tenant) + ":2.4";
        if (key == null || key.isBlank()) {
            throw refused("geef als business key <gemeente>:<maatregel> mee, bijvoorbeeld " + example);
        }
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw refused("business key '" + key + "' is niet van de vorm <gemeente>:<maatregel>, bijvoorbeeld "
                    + example);
        }
        String prefix = key.substring(0, colon);
        String ref = key.substring(colon + 1);
        if (tenant != null && !prefix.equals(tenant)) {
            throw refused("business key '" + key + "' hoort bij gemeente '" + prefix + "', maar de levenscyclus start"
                    + " in '" + tenant + "'; gebruik " + tenant + ":" + ref);
        }
        if (components.catalogs().forTenant(tenant).find(ref).isEmpty()) {
            throw refused("maatregel '" + ref + "' staat niet in de catalogus" + (tenant == null ? ""
                    : " van " + tenant));
        }
        Object measureRef = start.getVariable(MeasureVariables.MEASURE_REF);
        if (measureRef == null) {
            start.setVariable(MeasureVariables.MEASURE_REF, ref);
        } else if (!ref.equals(measureRef)) {
            throw refused("variabele '" + MeasureVariables.MEASURE_REF + "' is '" + measureRef + "', maar de"
                    + " business key '" + key + "' noemt maatregel '" + ref + "'; laat " + MeasureVariables.MEASURE_REF
                    + " weg of geef '" + ref + "'");
        }
    }

    private static StartRefusedException refused(String reason) {
        return new StartRefusedException("Levenscyclus niet gestart: " + reason + ".");
    }
}
