package nl.weerbaar.spring.tenant;

/** What kind of organisation a tenant is. */
public enum TenantType {
    GEMEENTE, VEILIGHEIDSREGIO
}
