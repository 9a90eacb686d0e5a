package nl.weerbaar.bpmn.routing;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import nl.weerbaar.core.overlay.Rolverdeling;
import org.camunda.bpm.engine.RuntimeService;

import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides for a gemeente and a measure who works it and where. The most recent agreement wins — one in the
 * gemeente's overlay or one recorded and confirmed in {@code weerbaar-rolverdeling}, the recorded one when both
 * are of the same day — and without an agreement the catalog's own eindverantwoordelijke party holds. A measure
 * the veiligheidsregio leads runs in the region's tenant; one another party leads stays with the gemeente, which
 * works its part and follows the other's.
 */
public final class MeasureRoutes {

    /** The party code of the gemeenten in the VNG catalog. */
    public static final String GEMEENTEN = "gemeenten";
    /** The party code of the veiligheidsregio's in the VNG catalog. */
    public static final String VEILIGHEIDSREGIOS = "veiligheidsregios";

    private final TenantCatalogs catalogs;
    private final TenantDirectory tenants;
    private final RecordedAgreements recorded;
    /**
     * The route {@link #withDecided} hands to the work it runs on this thread, if any, with the catalogs and tenants
     * it was decided from: shared by every {@code MeasureRoutes} over those (each caller may hold its own instance,
     * as {@link nl.weerbaar.bpmn.process.WeerbaarComponents#routes()} gives one each), no other's.
     */
    private static final ThreadLocal<Decided> DECIDED = new ThreadLocal<>();

    public MeasureRoutes(TenantCatalogs catalogs, TenantDirectory tenants, ZoneId zone) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.recorded = new RecordedAgreements(zone);
    }

    public TenantDirectory tenants() {
        return tenants;
    }

    /** The agreements recorded in {@code weerbaar-rolverdeling} that routing reads. */
    public RecordedAgreements recorded() {
        return recorded;
    }

    /**
     * The route of the measure for the tenant: for a gemeente as its rolverdeling says; for a veiligheidsregio its
     * own work, in its own tenant.
     *
     * @throws NoSuchElementException when the tenant's catalog has no such measure
     */
    public MeasureRoute route(RuntimeService runtime, String tenant, String ref) {
        Decided known = DECIDED.get();
        if (known != null && known.catalogs() == catalogs && known.tenants() == tenants
                && known.route().gemeente().equals(tenant) && known.route().ref().equals(ref)) {
            return known.route();
        }
        EffectiveCatalog catalog = catalogs.forTenant(tenant);
        EffectiveMeasure measure = catalog.find(ref).orElseThrow(() -> new NoSuchElementException("measure " + ref
                + " is not in the catalog of tenant " + tenant));
        if (tenants.isRegion(tenant)) {
            Party region = catalog.findParty(VEILIGHEIDSREGIOS).orElse(new Party(VEILIGHEIDSREGIOS, "Veiligheidsregio"));
            return new MeasureRoute(tenant, ref, region, measure.partners(), Executor.VEILIGHEIDSREGIO, tenant, null,
                    RouteSource.CATALOGUS, null);
        }
        Optional<Rolverdeling> inOverlay = measure.findRolverdeling();
        Optional<Rolverdeling> inProcess = CrossTenant.call(runtime, () -> recorded.find(runtime, catalog, tenant, ref));
        if (inProcess.isPresent() && (inOverlay.isEmpty()
                || !inProcess.get().agreement().date().isBefore(inOverlay.get().agreement().date()))) {
            return agreed(tenant, ref, inProcess.get(), RouteSource.PROCES);
        }
        if (inOverlay.isPresent()) {
            return agreed(tenant, ref, inOverlay.get(), RouteSource.OVERLAY);
        }
        return byCatalog(tenant, measure.measure());
    }

    /**
     * Runs the work with the route of its gemeente and measure already decided: a {@link #route} of the same
     * gemeente and measure on this thread meanwhile answers it instead of reading the recorded agreements again. For
     * a start that decided where the lifecycle runs and whose process, started in the same transaction on the same
     * thread, asks the same question: one query fewer per start. Outside the work, and on any other thread, routes
     * are decided as always.
     */
    public <T> T withDecided(MeasureRoute route, Supplier<T> work) {
        Objects.requireNonNull(route, "route");
        Decided before = DECIDED.get();
        DECIDED.set(new Decided(catalogs, tenants, route));
        try {
            return work.get();
        } finally {
            if (before == null) {
                DECIDED.remove();
            } else {
                DECIDED.set(before);
            }
        }
    }

    /** A route handed over by {@link #withDecided}, and what it was decided from. */
    private record Decided(TenantCatalogs catalogs, TenantDirectory tenants, MeasureRoute route) {
    }

    /**
     * The route the rolverdeling would give the measure for the gemeente, whatever is in force now: for an agreement
     * about to take effect.
     */
    public MeasureRoute routeFor(String gemeente, String ref, Rolverdeling rolverdeling, RouteSource source) {
        return agreed(gemeente, ref, rolverdeling, source);
    }

    /**
     * The member gemeenten of the region for which it works the measure, in the configured order.
     */
    public List<String> servedBy(RuntimeService runtime, String region, String ref) {
        return tenants.gemeentenOf(region).stream()
                .filter(gemeente -> catalogs.forTenant(gemeente).find(ref).isPresent())
                .filter(gemeente -> route(runtime, gemeente, ref).executingTenant().equals(region))
                .toList();
    }

    private MeasureRoute agreed(String gemeente, String ref, Rolverdeling rolverdeling, RouteSource source) {
        return route(gemeente, ref, rolverdeling.responsible(), rolverdeling.supporting(), rolverdeling.agreement(),
                source);
    }

    /**
     * The catalog may name several eindverantwoordelijke parties: the gemeente works the measure when it is one of
     * them, else the veiligheidsregio when it is one, else the first named leads and the gemeente supports.
     */
    private MeasureRoute byCatalog(String gemeente, Measure measure) {
        List<Party> responsible = measure.responsible();
        Party lead = responsible.stream().filter(p -> p.code().equals(GEMEENTEN)).findFirst()
                .or(() -> responsible.stream().filter(p -> p.code().equals(VEILIGHEIDSREGIOS)).findFirst())
                .orElse(responsible.get(0));
        return route(gemeente, measure.ref(), lead, measure.partners(), null, RouteSource.CATALOGUS);
    }

    private MeasureRoute route(String gemeente, String ref, Party responsible, List<Party> supporting,
                               Rolverdeling.Agreement agreement, RouteSource source) {
        if (responsible.code().equals(GEMEENTEN)) {
            return new MeasureRoute(gemeente, ref, responsible, supporting, Executor.GEMEENTE, gemeente, agreement,
                    source, null);
        }
        if (responsible.code().equals(VEILIGHEIDSREGIOS)) {
            Optional<String> region = tenants.regionOf(gemeente);
            return region.map(r -> new MeasureRoute(gemeente, ref, responsible, supporting, Executor.VEILIGHEIDSREGIO,
                    r, agreement, source, null)).orElseGet(() -> new MeasureRoute(gemeente, ref, responsible,
                    supporting, Executor.GEMEENTE, gemeente, agreement, source, "Voor " + gemeente + " is geen"
                    + " veiligheidsregio ingesteld, dus voert de gemeente de maatregel zelf uit."));
        }
        return new MeasureRoute(gemeente, ref, responsible, supporting, Executor.ANDERE_PARTIJ, gemeente, agreement,
                source, null);
    }
}
