package nl.weerbaar.spring.actuate;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.spring.catalog.WeerbaarCatalogs;
import nl.weerbaar.spring.deploy.WeerbaarDeployer;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Up when the catalog is loaded and every configured process is deployed for every tenant.
 */
public class WeerbaarHealthIndicator extends AbstractHealthIndicator {

    private final WeerbaarCatalogs catalogs;
    private final WeerbaarDeployer deployer;
    private final WeerbaarTenants tenants;

    public WeerbaarHealthIndicator(WeerbaarCatalogs catalogs, WeerbaarDeployer deployer, WeerbaarTenants tenants) {
        super("Weerbaar health check failed");
        this.catalogs = catalogs;
        this.deployer = deployer;
        this.tenants = tenants;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Catalog catalog = catalogs.shared().catalog();
        boolean deployed = deployer.deployedEverywhere();
        (deployed ? builder.up() : builder.down())
                .withDetail("catalog", catalog.urn() + " v" + catalog.version())
                .withDetail("measures", catalogs.shared().measures().size())
                .withDetail("tenants", tenants.all().stream().map(WeerbaarTenant::id).toList())
                .withDetail("processes", deployer.processKeys())
                .withDetail("deployed", deployed);
    }
}
