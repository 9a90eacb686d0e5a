package nl.weerbaar.spring.actuate;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.spring.catalog.WeerbaarCatalogs;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import java.util.Map;

/**
 * Adds the catalog's URN and version to {@code /actuator/info}.
 */
public class WeerbaarInfoContributor implements InfoContributor {

    private final WeerbaarCatalogs catalogs;

    public WeerbaarInfoContributor(WeerbaarCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Catalog catalog = catalogs.shared().catalog();
        builder.withDetail("weerbaar", Map.of("catalog", Map.of("urn", catalog.urn(), "version", catalog.version(),
                "title", catalog.title())));
    }
}
