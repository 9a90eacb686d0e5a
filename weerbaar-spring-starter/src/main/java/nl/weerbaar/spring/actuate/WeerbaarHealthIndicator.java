package nl.weerbaar.spring.actuate;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.spring.catalog.WeerbaarCatalogs;
import nl.weerbaar.spring.deploy.WeerbaarDeployer;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Up when the catalog is loaded and every configured process is deployed for all tenants, checked with a fixed
 * number of statements whatever the number of tenants. The details (shown only to whom the application's
 * {@code management.endpoint.health.show-details} allows) name the number of tenants, not each one.
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
        boolean deployed = deployer.deployed();
        (deployed ? builder.up() : builder.down())
                .withDetail("catalog", catalog.urn() + " v" + catalog.version())
                .withDetail("measures", catalogs.shared().measures().size())
                .withDetail("tenants", tenants.all().size())
                .withDetail("processes", deployer.processKeys())
                .withDetail("deployed", deployed);
    }
}
