package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.util.Collection;
import java.util.List;

/**
 * A measure's lifecycle starts with the business key {@code <tenant>:<ref>} of a measure in the tenant's effective
 * catalog; {@code measureRef}, when given, is that ref, and it is set from the key when not. Without a tenant (an
 * installation of one gemeente) the part before the colon is not checked. In a veiligheidsregio's tenant the key is
 * {@code <region>:<ref>} of a measure the region leads for at least one of its member gemeenten: one whose
 * rolverdeling makes the region eindverantwoordelijk, or — from Weerbaar's own code, for an agreement about to take
 * effect — the member gemeenten the start names in {@code servedGemeenten}.
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
            throw notInCatalog(ref, tenant);
        }
        TenantDirectory tenants = components.tenants();
        if (tenant != null && tenants.isRegion(tenant)) {
            checkRegionLeads(start, components, tenant, ref);
        } else if (tenant != null) {
            refuseWhenTheRegionWorksIt(start, components, tenant, key, ref);
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

    private static void checkRegionLeads(DelegateExecution start, WeerbaarComponents components, String region,
                                         String ref) {
        List<String> members = components.tenants().gemeentenOf(region);
        Object given = start.getVariable(MeasureVariables.SERVED_GEMEENTEN);
        if (given instanceof Collection<?> served && !served.isEmpty()) {
            List<String> strangers = served.stream().map(String::valueOf)
                    .filter(gemeente -> !members.contains(gemeente)
                            || components.catalogs().forTenant(gemeente).find(ref).isEmpty())
                    .toList();
            if (!strangers.isEmpty()) {
                throw refused(region + " voert maatregel " + ref + " niet uit voor " + String.join(", ", strangers)
                        + ": geen gemeente van de regio met deze maatregel in haar catalogus");
            }
            return;
        }
        if (given != null && !(given instanceof Collection<?>)) {
            throw refused("variabele '" + MeasureVariables.SERVED_GEMEENTEN + "' is geen lijst van gemeenten");
        }
        RuntimeService runtime = start.getProcessEngineServices().getRuntimeService();
        if (components.routes().servedBy(runtime, region, ref).isEmpty()) {
            throw leadsForNone(region, ref, members);
        }
    }

    /**
     * The refusal of a region's own lifecycle of a measure that, by the rolverdeling, it leads for none of its member
     * gemeenten (none named at the start).
     */
    public static StartRefusedException leadsForNone(String region, String ref, List<String> members) {
        return refused(region + " voert maatregel " + ref + " voor geen van haar gemeenten uit: volgens de"
                + " rolverdeling is de veiligheidsregio voor geen gemeente eindverantwoordelijk"
                + (members.isEmpty() ? " (er zijn geen gemeenten van " + region + " ingesteld)" : ""));
    }

    /**
     * The refusal of a region's own lifecycle of a measure that it would carry out for none of its member gemeenten:
     * each that agreed the region leads runs its own lifecycle of it.
     */
    public static StartRefusedException allRunTheirOwn(String region, String ref, List<String> gemeenten) {
        return refused(region + " voert maatregel " + ref + " voor geen van haar gemeenten uit: elke gemeente die"
                + " afsprak dat de veiligheidsregio hem uitvoert (" + String.join(", ", gemeenten) + "), voert er zelf"
                + " een levenscyclus van uit; er loopt er hooguit één per gemeente en maatregel");
    }

    /**
     * A gemeente's own lifecycle of a measure that its region's lifecycle carries out for it would be a second one
     * for the gemeente (a handover takes the gemeente off the region's lifecycle first, in the same command).
     */
    private static void refuseWhenTheRegionWorksIt(DelegateExecution start, WeerbaarComponents components,
                                                   String gemeente, String key, String ref) {
        RuntimeService runtime = start.getProcessEngineServices().getRuntimeService();
        // Only the region's: one of the gemeente's own is refused by the start guard's claim on the business key.
        new MeasureLifecycle(runtime, components.routes()).findRegional(gemeente, ref)
                .ifPresent(regional -> {
                    throw new AlreadyRunningException(MeasureProcess.KEY, gemeente, key, regional.getId(),
                            "Levenscyclus niet gestart: maatregel " + ref + " loopt al voor " + gemeente
                                    + ", uitgevoerd door " + regional.getTenantId() + " (procesinstantie "
                                    + regional.getId() + "); er loopt er hooguit één per gemeente en maatregel.");
                });
    }

    /** The refusal of a lifecycle for a measure the tenant's catalog does not hold. */
    public static StartRefusedException notInCatalog(String ref, String tenant) {
        return refused("maatregel '" + ref + "' staat niet in de catalogus" + (tenant == null ? "" : " van " + tenant));
    }

    private static StartRefusedException refused(String reason) {
        return new StartRefusedException("Levenscyclus niet gestart: " + reason + ".");
    }
}
