package nl.weerbaar.spring.security;

import nl.weerbaar.spring.security.internal.TenantScopedIdentityProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Keeps another tenant's people out of sight: with Camunda's own identity store, a user who is not an administrator
 * sees the users, groups of users and tenants of users of their own tenants only — and, when configured, the staff
 * of a veiligheidsregio those of its member gemeenten. An application with its own identity provider (LDAP, say)
 * keeps it, and is told in the log that the scope does not apply.
 */
public class DirectoryScope extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryScope.class);

    private final Map<String, String> regions;

    /** @param regions gemeente → veiligheidsregio whose staff may see the gemeente's people; may be empty */
    public DirectoryScope(Map<String, String> regions) {
        this.regions = Map.copyOf(regions);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() != null) {
            LOG.warn("The engine has its own identity provider; Weerbaar does not scope the directory to the caller's"
                    + " tenants: make sure that provider shows a gemeente's users only their own colleagues.");
            return;
        }
        configuration.setIdentityProviderSessionFactory(TenantScopedIdentityProvider.factory(regions));
    }
}
