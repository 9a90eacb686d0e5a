package nl.weerbaar.bpmn.roles;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One mapping from role to candidate group, with defaults for every role.
 */
class RoleMappingTests {

    @Test
    void mapsEveryRoleToItsDefaultGroup() {
        RoleMapping defaults = RoleMapping.defaults();

        assertThat(defaults.group("aov-adviseur")).isEqualTo("weerbaar-aov-adviseur");
        assertThat(defaults.group(Role.GRIFFIE)).isEqualTo("weerbaar-griffie");
        assertThat(defaults.asMap()).hasSize(Role.values().length);
    }

    @Test
    void usesTheApplicationsGroupsWhereGiven() {
        RoleMapping mapping = RoleMapping.of(Map.of(Role.AOV_ADVISEUR, "team-oov"));

        assertThat(mapping.group("aov-adviseur")).isEqualTo("team-oov");
        assertThat(mapping.group("griffie")).isEqualTo("weerbaar-griffie");
    }

    @Test
    void rejectsUnknownRolesAndBlankGroups() {
        assertThatThrownBy(() -> RoleMapping.defaults().group("brandweer")).isInstanceOf(NoSuchElementException.class)
                .hasMessageStartingWith("unknown role 'brandweer'; known: aov-adviseur, bcm-coordinator");
        assertThatThrownBy(() -> RoleMapping.of(Map.of(Role.GRIFFIE, " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("candidate group of role griffie must not be blank");
    }

    @Test
    void findsTheRoleHoldingAPillarsAuthority() {
        assertThat(Role.forAuthority("burgemeester")).isEqualTo(Role.BURGEMEESTER);
        assertThat(Role.forAuthority("wethouder/gemeentesecretaris")).isEqualTo(Role.WETHOUDER);
        assertThat(Role.forAuthority("Gemeentesecretaris")).isEqualTo(Role.GEMEENTESECRETARIS);
    }
}
