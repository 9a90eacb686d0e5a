package nl.weerbaar.spring.security;

import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.spring.security.internal.TenantScopedIdentityProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Keeps another tenant's people out of sight: with Camunda's own identity store, a user who is not an administrator
 * sees the users, groups of users and tenants of users of their own tenants only — and, when configured, the staff
 * of a veiligheidsregio those of its member gemeenten. An application with its own identity provider (LDAP, say)
 * keeps it, and is told in the log that the scope does not apply.
 */
public class DirectoryScope extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryScope.class);

    private final TenantDirectory regions;

    /**
     * @param regions the veiligheidsregio's whose staff see the people of their member gemeenten
     *                ({@link TenantDirectory#gemeentenOf}); {@link TenantDirectory#none()} when no region's staff do
     */
    public DirectoryScope(TenantDirectory regions) {
        this.regions = Objects.requireNonNull(regions, "regions");
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
