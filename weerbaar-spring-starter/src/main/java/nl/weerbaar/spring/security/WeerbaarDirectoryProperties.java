package nl.weerbaar.spring.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who sees whom in Camunda's user directory ({@code weerbaar.security.directory.*}): a gemeente's users see the
 * people of their own gemeente; administrators see everyone.
 */
@ConfigurationProperties(prefix = "weerbaar.security.directory")
public class WeerbaarDirectoryProperties {

    /** Let the users of a veiligheidsregio see the people of its member gemeenten (weerbaar.tenants[].region). */
    private boolean regionSeesMemberGemeenten = false;

    public boolean isRegionSeesMemberGemeenten() {
        return regionSeesMemberGemeenten;
    }

    public void setRegionSeesMemberGemeenten(boolean regionSeesMemberGemeenten) {
        this.regionSeesMemberGemeenten = regionSeesMemberGemeenten;
    }
}
