package nl.weerbaar.bpmn.rolverdeling.internal;

import nl.weerbaar.bpmn.process.StartCheck;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingVariables;
import nl.weerbaar.bpmn.routing.RecordedAgreements;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The start rules of the rolverdeling's two processes. A gemeente's recording has the business key
 * {@code <gemeente>:rolverdeling:<ref>}, set from {@code measureRef} when not given, so that one agreement on a
 * measure is recorded at a time (once in force it takes the key {@link RecordedAgreements#inForceBusinessKey}). The
 * region's confirmation is started only by that recording, as its call activity, with the business key
 * {@code <region>:rolverdeling:<gemeente>:<ref>}.
 */
public final class RolverdelingStartCheck {

    private RolverdelingStartCheck() {
    }

    /**
     * The gemeente's recording, {@code weerbaar-rolverdeling}: a measure of the gemeente's catalog (its ref set back
     * without surrounding spaces), in a gemeente — not a region — with a veiligheidsregio configured to agree with.
     */
    public static void gemeente(DelegateExecution start, WeerbaarComponents components) {
        Object value = start.getVariable(RolverdelingVariables.MEASURE_REF);
        if (!(value instanceof String text) || text.isBlank()) {
            throw refused("geef de maatregel mee in de variabele '" + RolverdelingVariables.MEASURE_REF
                    + "', bijv. \"2.6\"");
        }
        String ref = text.strip();
        if (!ref.equals(text)) {
            start.setVariable(RolverdelingVariables.MEASURE_REF, ref);
        }
        String gemeente = start.getTenantId();
        if (gemeente == null) {
            throw refused("start de rolverdeling in de omgeving (tenant) van de gemeente");
        }
        if (components.tenants().isRegion(gemeente)) {
            throw refused(gemeente + " is een veiligheidsregio; een rolverdeling legt de gemeente vast, in haar eigen"
                    + " omgeving, en de regio bevestigt haar");
        }
        if (components.tenants().regionOf(gemeente).isEmpty()) {
            throw refused("voor " + gemeente + " is geen veiligheidsregio ingesteld om de afspraak mee te maken"
                    + " (weerbaar.tenants[].region)");
        }
        if (components.catalogs().forTenant(gemeente).find(ref).isEmpty()) {
            throw refused("maatregel " + ref + " staat niet in de catalogus van " + gemeente);
        }
        StartCheck.expectBusinessKey(start, RecordedAgreements.businessKey(gemeente, ref),
                "Rolverdeling niet gestart: de business key");
    }

    /** The region's confirmation, {@code weerbaar-rolverdeling-regio}. */
    public static void region(DelegateExecution start, WeerbaarComponents components) {
        if (((ExecutionEntity) start).getSuperExecutionId() == null) {
            throw new StartRefusedException("Bevestiging niet gestart: de veiligheidsregio bevestigt de rolverdeling"
                    + " die een gemeente vastlegt; deze stap start vanuit weerbaar-rolverdeling, niet los.");
        }
        StartCheck.expectBusinessKey(start, start.getTenantId() + ":rolverdeling:"
                + start.getVariable(RolverdelingVariables.GEMEENTE) + ":"
                + start.getVariable(RolverdelingVariables.MEASURE_REF), "Bevestiging niet gestart: de business key");
    }

    private static StartRefusedException refused(String why) {
        return new StartRefusedException("Rolverdeling niet gestart: " + why + ".");
    }
}
