package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.routing.MeasureRoute;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.routing.RouteSource;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static nl.weerbaar.bpmn.measure.MeasureVariables.*;

/**
 * Copies what the tenant's effective catalog says about the measure into process variables, so every task
 * shows the guide's text, pillar, phases and parties, and decides from the rolverdeling who does the work and who
 * approves it: the gemeente's AOV-adviseur and the pillar's bevoegd gezag (as the gemeente chose it), or — in a
 * region's tenant — the region's people and its bestuur, for every member gemeente that agreed the region leads.
 */
public final class LoadMeasureDelegate implements JavaDelegate {

    private static final System.Logger LOG = System.getLogger(LoadMeasureDelegate.class.getName());

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarLoadMeasure";

    private final TenantCatalogs catalogs;
    private final RoleMapping roles;
    private final MeasureRoutes routes;

    public LoadMeasureDelegate(TenantCatalogs catalogs, RoleMapping roles, MeasureRoutes routes) {
        this.catalogs = catalogs;
        this.roles = roles;
        this.routes = routes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The start rule (MeasureStartCheck) has set measureRef from the business key and found it in the catalog.
        String measureRef = (String) execution.getVariable(MEASURE_REF);
        String tenant = execution.getTenantId();
        EffectiveMeasure effective = catalogs.forTenant(tenant).find(measureRef)
                .orElseThrow(() -> MeasureStartCheck.notInCatalog(measureRef, tenant));
        Measure measure = effective.measure();
        execution.setVariable(MEASURE_URN, measure.id().urn());
        execution.setVariable(MEASURE_TITLE, measure.title());
        execution.setVariable(MEASURE_TEXT, measure.text());
        execution.setVariable(PILLAR_NUMBER, measure.pillar().number());
        execution.setVariable(PILLAR_NAME, measure.pillar().name());
        execution.setVariable(PHASES, measure.phases().stream().map(Phase::label).collect(Collectors.joining(", ")));
        execution.setVariable(PHASE_CODES, measure.phases().stream().map(Phase::name).collect(Collectors.joining(",")));
        execution.setVariable(MOST_CRUCIAL, measure.mostCrucial());
        // Values that are not there are not written: no local owner, and not overdue until the escalation says so.
        if (effective.localOwner() != null) {
            execution.setVariable(LOCAL_OWNER, effective.localOwner());
        }

        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        MeasureRoute route = routes.route(runtime, tenant, measureRef);
        execution.setVariable(EXECUTED_BY, route.executor().name());
        execution.setVariable(RESPONSIBLE, route.responsible().name());
        // Without an agreement the catalog's partners hold, which the source may not have let us read.
        execution.setVariable(PARTNERS, route.source() == RouteSource.CATALOGUS ? partners(measure)
                : names(route.supporting()));
        if (routes.tenants().isRegion(tenant)) {
            List<String> served = served(execution, runtime, tenant, measureRef);
            execution.setVariable(SERVED_GEMEENTEN, new ArrayList<>(served));
            execution.setVariable(ROLVERDELING, describeServed(runtime, routes, measureRef, served));
            set(execution, Role.VEILIGHEIDSREGIO, Role.VEILIGHEIDSREGIO_BESTUUR, Role.VEILIGHEIDSREGIO_DIRECTEUR);
            execution.setVariable(AUTHORITY, Role.VEILIGHEIDSREGIO_BESTUUR.code());
        } else {
            execution.setVariable(ROLVERDELING, route.describe());
            Role authority = Role.forAuthority(effective.authority());
            set(execution, Role.AOV_ADVISEUR, authority, Role.GEMEENTESECRETARIS);
            execution.setVariable(AUTHORITY, authority.code());
        }
    }

    /**
     * The gemeenten already served (a gemeente that started it) and every member that agreed the region leads, each
     * of whose keys the lifecycle takes ({@link ServedKeys}). A gemeente that started it is refused with the start
     * when its own lifecycle of the measure runs, or is being started; a member that only agreed keeps its own
     * lifecycle and is left off, logged: one lifecycle runs per gemeente and measure.
     */
    private List<String> served(DelegateExecution execution, RuntimeService runtime, String region, String ref) {
        Set<String> asked = new LinkedHashSet<>();
        if (execution.getVariable(SERVED_GEMEENTEN) instanceof Collection<?> given) {
            given.forEach(g -> asked.add(String.valueOf(g)));
        }
        Set<String> served = new LinkedHashSet<>(asked);
        served.addAll(routes.servedBy(runtime, region, ref));
        List<String> held = new ArrayList<>();
        for (String gemeente : served) {
            try {
                ServedKeys.hold(gemeente, ref, execution.getProcessInstanceId());
                held.add(gemeente);
            } catch (AlreadyRunningException running) {
                if (running.runningInstanceId() == null || asked.contains(gemeente)) {
                    throw running;
                }
                LOG.log(System.Logger.Level.WARNING, "{0} agreed that {1} leads measure {2}, but its own lifecycle {3}"
                        + " runs; the region''s lifecycle {4} does not serve it: one lifecycle runs per gemeente and"
                        + " measure.", gemeente, region, ref, running.runningInstanceId(),
                        execution.getProcessInstanceId());
            }
        }
        if (held.isEmpty() && !served.isEmpty()) {
            throw MeasureStartCheck.allRunTheirOwn(region, ref, List.copyOf(served));
        }
        return List.copyOf(held);
    }

    private void set(DelegateExecution execution, Role work, Role authority, Role escalation) {
        execution.setVariable(WORK_GROUP, roles.group(work));
        execution.setVariable(AUTHORITY_GROUP, roles.group(authority));
        execution.setVariable(ESCALATION_GROUP, roles.group(escalation));
    }

    /**
     * The rolverdeling of a region-led lifecycle: the region works it for these gemeenten, each by its own
     * agreement, e.g. "Uitgevoerd door de veiligheidsregio voor: utrecht (afspraak 'AB-2026-04' van 15 januari
     * 2026)".
     */
    public static String describeServed(RuntimeService runtime, MeasureRoutes routes, String ref, List<String> served) {
        return describeServed(runtime, routes, ref, served, null);
    }

    /** As above, with one gemeente's route as given: one about to take effect, not yet in the engine. */
    public static String describeServed(RuntimeService runtime, MeasureRoutes routes, String ref, List<String> served,
                                        MeasureRoute fresh) {
        if (served.isEmpty()) {
            return "Uitgevoerd door de veiligheidsregio zelf; geen gemeente heeft afgesproken dat de regio deze"
                    + " maatregel voor haar uitvoert.";
        }
        return "Uitgevoerd door de veiligheidsregio voor: " + served.stream().map(gemeente -> {
            MeasureRoute route = fresh != null && fresh.gemeente().equals(gemeente) ? fresh
                    : routes.route(runtime, gemeente, ref);
            return gemeente + route.findAgreement().map(a -> " (afspraak '" + a.reference() + "' van "
                    + Reminder.day(a.date()) + ")").orElse(" (zoals de handreiking het noemt)");
        }).collect(Collectors.joining(", "));
    }

    /** The partners as the task shows them: unknown when the source lost them, with the guide's remark if any. */
    private static String partners(Measure measure) {
        String partners = measure.partnersKnown() ? names(measure.partners())
                : measure.partners().isEmpty() ? "onbekend (niet te lezen in de handreiking)"
                : names(measure.partners()) + " en mogelijk anderen (niet te lezen in de handreiking)";
        return measure.findPartnersRemark().map(remark -> partners + " — " + remark).orElse(partners);
    }

    private static String names(Collection<Party> parties) {
        return parties.isEmpty() ? "–" : parties.stream().map(Party::name).collect(Collectors.joining(", "));
    }
}
