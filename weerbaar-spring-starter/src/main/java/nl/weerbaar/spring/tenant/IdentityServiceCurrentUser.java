package nl.weerbaar.spring.tenant;

import nl.weerbaar.spring.security.CamundaIdentityAuthentication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.util.List;
import java.util.Optional;

/**
 * The user Camunda's identity service holds as authenticated for the current thread — set by the starter's bridge
 * from Spring Security or by Camunda's REST authentication filter — with the tenants that authentication carries.
 */
public final class IdentityServiceCurrentUser implements CurrentUser {

    private final ProcessEngine engine;

    public IdentityServiceCurrentUser(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public Optional<Authenticated> get() {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        List<String> tenants = authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds();
        String tenantsClaim = authentication instanceof CamundaIdentityAuthentication bridged
                ? bridged.identity().tenantsClaim() : null;
        return Optional.of(new Authenticated(authentication.getUserId(), tenants, tenantsClaim));
    }
}
