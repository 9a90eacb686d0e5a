package nl.weerbaar.bpmn.engine.internal;

import nl.weerbaar.bpmn.process.StartRefusedException;
import nl.weerbaar.bpmn.tenant.InstanceTenant;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import java.util.List;
import java.util.Set;

/**
 * Gives an instance of a Weerbaar process, deployed once without tenant, its tenant: the one
 * {@link InstanceTenant#call} names around the start, else the starting user's one tenant; a start by a user with
 * none or several is refused naming them. Only a process that {@linkplain
 * nl.weerbaar.bpmn.process.WeerbaarProcess#startsForEveryTenant starts for every tenant} starts without one when no
 * user starts it (its timer). Every other definition is left to the host's own provider, if it has one.
 */
public final class WeerbaarTenantIdProvider implements TenantIdProvider {

    private final Set<String> keys;
    private final Set<String> forEveryTenant;
    private final TenantIdProvider host;

    public WeerbaarTenantIdProvider(Set<String> keys, Set<String> forEveryTenant, TenantIdProvider host) {
        this.keys = Set.copyOf(keys);
        this.forEveryTenant = Set.copyOf(forEveryTenant);
        this.host = host;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        String key = ctx.getProcessDefinition().getKey();
        if (!keys.contains(key)) {
            return host == null ? null : host.provideTenantIdForProcessInstance(ctx);
        }
        var assigned = InstanceTenant.assigned();
        if (assigned.isPresent()) {
            return assigned.get();
        }
        CommandContext command = Context.getCommandContext();
        Authentication authentication = command == null ? null : command.getAuthentication();
        String user = authentication == null ? null : authentication.getUserId();
        if (user == null) {
            if (forEveryTenant.contains(key)) {
                return null;
            }
            throw new StartRefusedException("Proces " + key + " niet gestart: er is geen gemeente of"
                    + " veiligheidsregio genoemd en geen gebruiker die de start doet");
        }
        List<String> tenants = authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds();
        if (tenants.size() == 1) {
            return tenants.get(0);
        }
        throw new StartRefusedException("Proces " + key + " niet gestart: gebruiker " + user + (tenants.isEmpty()
                ? " hoort bij geen gemeente of veiligheidsregio" : " hoort bij meer dan één gemeente of"
                + " veiligheidsregio " + tenants + "; een proces loopt voor precies één"));
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return host == null ? null : host.provideTenantIdForCaseInstance(ctx);
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return host == null ? null : host.provideTenantIdForHistoricDecisionInstance(ctx);
    }
}
