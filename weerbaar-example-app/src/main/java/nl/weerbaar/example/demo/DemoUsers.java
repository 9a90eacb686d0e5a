package nl.weerbaar.example.demo;

import nl.weerbaar.bpmn.roles.Role;

import java.util.List;

/**
 * The demo's organisations and people: two gemeenten and their veiligheidsregio, and one user per role, each a
 * member of one tenant only. Every demo user's password is {@value #PASSWORD}.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    /** A tenant: a gemeente or the veiligheidsregio. */
    public record DemoTenant(String id, String name) {
    }

    /** A user, the tenant they work for and the roles whose tasks they take. */
    public record DemoUser(String id, String firstName, String lastName, String tenant, List<Role> roles) {

        public DemoUser(String id, String firstName, String lastName, String tenant, Role... roles) {
            this(id, firstName, lastName, tenant, List.of(roles));
        }
    }

    public static final DemoTenant UTRECHT = new DemoTenant("utrecht", "Gemeente Utrecht");
    public static final DemoTenant AMERSFOORT = new DemoTenant("amersfoort", "Gemeente Amersfoort");
    public static final DemoTenant VR_UTRECHT = new DemoTenant("vr-utrecht", "Veiligheidsregio Utrecht");

    public static final List<DemoTenant> TENANTS = List.of(UTRECHT, AMERSFOORT, VR_UTRECHT);

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("utrecht.aov", "AOV-adviseur", "Utrecht", UTRECHT.id(), Role.AOV_ADVISEUR),
            new DemoUser("utrecht.bcm", "BCM-coördinator", "Utrecht", UTRECHT.id(), Role.BCM_COORDINATOR),
            new DemoUser("utrecht.griffie", "Griffie", "Utrecht", UTRECHT.id(), Role.GRIFFIE),
            new DemoUser("utrecht.gemsec", "Gemeentesecretaris", "Utrecht", UTRECHT.id(), Role.GEMEENTESECRETARIS),
            new DemoUser("utrecht.burgemeester", "Burgemeester", "Utrecht", UTRECHT.id(), Role.BURGEMEESTER),
            new DemoUser("utrecht.wethouder", "Wethouder", "Utrecht", UTRECHT.id(), Role.WETHOUDER),
            new DemoUser("amersfoort.aov", "AOV-adviseur", "Amersfoort", AMERSFOORT.id(), Role.AOV_ADVISEUR),
            // The region's work and its bestuur's decisions in one demo user, as a small region might have it.
            new DemoUser("vr-utrecht.ab", "Algemeen bestuur", "Veiligheidsregio Utrecht", VR_UTRECHT.id(),
                    Role.VEILIGHEIDSREGIO, Role.VEILIGHEIDSREGIO_BESTUUR));

    /** The administrator, created by Camunda's own {@code camunda.bpm.admin-user} properties. */
    public static final String ADMIN = "demo";

    private DemoUsers() {
    }
}
