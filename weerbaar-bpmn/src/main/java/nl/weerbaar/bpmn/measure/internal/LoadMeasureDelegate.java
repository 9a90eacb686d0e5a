package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.Collection;
import java.util.stream.Collectors;

import static nl.weerbaar.bpmn.measure.MeasureVariables.*;

/**
 * Copies what the tenant's effective catalog says about the measure into process variables, so every task
 * shows the guide's text, pillar, phases and parties, and the pillar's bevoegd gezag gets the approvals.
 */
public final class LoadMeasureDelegate implements JavaDelegate {

    /** The name under which models find this delegate. */
    public static final String BEAN_NAME = "weerbaarLoadMeasure";

    private final TenantCatalogs catalogs;
    private final RoleMapping roles;

    public LoadMeasureDelegate(TenantCatalogs catalogs, RoleMapping roles) {
        this.catalogs = catalogs;
        this.roles = roles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object ref = execution.getVariable(MEASURE_REF);
        if (!(ref instanceof String measureRef) || measureRef.isBlank()) {
            throw new ProcessEngineException("process " + execution.getProcessDefinitionId()
                    + " needs the variable '" + MEASURE_REF + "' with the measure's ref, e.g. \"2.2\"");
        }
        EffectiveMeasure effective = catalogs.forTenant(execution.getTenantId()).find(measureRef)
                .orElseThrow(() -> new ProcessEngineException("measure " + measureRef + " is not in the catalog of"
                        + " tenant " + execution.getTenantId()));
        Measure measure = effective.measure();
        execution.setVariable(MEASURE_URN, measure.id().urn());
        execution.setVariable(MEASURE_TITLE, measure.title());
        execution.setVariable(MEASURE_TEXT, measure.text());
        execution.setVariable(PILLAR_NUMBER, measure.pillar().number());
        execution.setVariable(PILLAR_NAME, measure.pillar().name());
        execution.setVariable(AUTHORITY, measure.pillar().authority());
        execution.setVariable(AUTHORITY_GROUP, roles.group(Role.forAuthority(measure.pillar().authority())));
        execution.setVariable(PHASES, measure.phases().stream().map(Phase::label).collect(Collectors.joining(", ")));
        execution.setVariable(PHASE_CODES, measure.phases().stream().map(Phase::name).collect(Collectors.joining(",")));
        execution.setVariable(RESPONSIBLE, names(measure.responsible()));
        execution.setVariable(PARTNERS, partners(measure));
        execution.setVariable(MOST_CRUCIAL, measure.mostCrucial());
        execution.setVariable(LOCAL_OWNER, effective.localOwner());
        execution.setVariable(OVERDUE, false);
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
