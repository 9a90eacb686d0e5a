package nl.weerbaar.spring.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Weerbaar reads the caller Spring Security authenticated ({@code weerbaar.security.*}).
 */
@ConfigurationProperties(prefix = "weerbaar.security")
public class WeerbaarSecurityProperties {

    /** Token claim holding a JWT or OIDC caller's Camunda groups, e.g. groups, roles or realm_access.roles (a dot
     * reaches into a nested claim); empty takes the groups from Camunda's identity service. */
    private String groupsClaim = "groups";

    /** Token claim holding a JWT or OIDC caller's Camunda tenants (their gemeente or veiligheidsregio); empty takes
     * the tenants from Camunda's identity service. */
    private String tenantsClaim = "tenants";

    /** Let Camunda's webapps (Tasklist, Cockpit, Admin) take the user Spring Security logged in, e.g. with OIDC,
     * instead of showing their own login form. */
    private boolean webappsFromSpringSecurity = false;

    public String getGroupsClaim() {
        return groupsClaim;
    }

    public void setGroupsClaim(String groupsClaim) {
        this.groupsClaim = groupsClaim;
    }

    public String getTenantsClaim() {
        return tenantsClaim;
    }

    public void setTenantsClaim(String tenantsClaim) {
        this.tenantsClaim = tenantsClaim;
    }

    public boolean isWebappsFromSpringSecurity() {
        return webappsFromSpringSecurity;
    }

    public void setWebappsFromSpringSecurity(boolean webappsFromSpringSecurity) {
        this.webappsFromSpringSecurity = webappsFromSpringSecurity;
    }
}
