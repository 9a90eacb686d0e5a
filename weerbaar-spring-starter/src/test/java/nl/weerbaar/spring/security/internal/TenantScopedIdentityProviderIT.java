package nl.weerbaar.spring.security.internal;

import nl.weerbaar.bpmn.tenant.CrossTenant;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.spring.security.DirectoryScope;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoped directory on a real engine with authorization on: a page of users is cut from the people the caller may
 * see, a region's staff see the member gemeenten the application's tenant directory names, and a call with the
 * authorization checks off sees everyone.
 */
class TenantScopedIdentityProviderIT {

    private static final String SHARED = "weerbaar-aov-adviseur";
    private static final int EACH = 12;

    /** Not built from properties: the scope takes whatever directory the application has. */
    private static final TenantDirectory REGIONS = new TenantDirectory() {
        @Override
        public Optional<String> regionOf(String gemeente) {
            return "utrecht".equals(gemeente) ? Optional.of("vr-utrecht") : Optional.empty();
        }

        @Override
        public List<String> gemeentenOf(String region) {
            return "vr-utrecht".equals(region) ? List.of("utrecht") : List.of();
        }

        @Override
        public boolean isRegion(String tenantId) {
            return "vr-utrecht".equals(tenantId);
        }
    };

    private static ProcessEngine engine;
    private static IdentityService identity;

    @BeforeAll
    static void engineWithTwoGemeentenAndARegion() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:weerbaar-directory-scope;DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setAuthorizationEnabled(true)
                .setProcessEngineName("weerbaar-directory-scope");
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9._-]+");
        configuration.getProcessEnginePlugins().add(new DirectoryScope(REGIONS));
        engine = configuration.buildProcessEngine();
        identity = engine.getIdentityService();
        identity.saveGroup(identity.newGroup(SHARED));
        for (String tenant : List.of("amersfoort", "utrecht", "vr-utrecht")) {
            identity.saveTenant(identity.newTenant(tenant));
        }
        // amersfoort's people sort before utrecht's: a page cut before filtering would hold none of utrecht's.
        for (String tenant : List.of("amersfoort", "utrecht")) {
            for (String id : ids(tenant)) {
                identity.saveUser(identity.newUser(id));
                identity.createMembership(id, SHARED);
                identity.createTenantUserMembership(tenant, id);
            }
        }
        identity.saveUser(identity.newUser("vr-utrecht.ab"));
        identity.createTenantUserMembership("vr-utrecht", "vr-utrecht.ab");
        Authorization readUsers = engine.getAuthorizationService()
                .createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        readUsers.setResource(Resources.USER);
        readUsers.setResourceId(Authorization.ANY);
        readUsers.addPermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(readUsers);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @AfterEach
    void nobodyAuthenticated() {
        identity.clearAuthentication();
    }

    @Test
    void aPageOfUsersIsCutFromThePeopleTheCallerMaySee() {
        identity.setAuthentication("utrecht.01", List.of(SHARED), List.of("utrecht"));
        Supplier<UserQuery> shared = () -> identity.createUserQuery().memberOfGroup(SHARED).orderByUserId().asc();

        assertThat(ids(shared.get().listPage(0, 5))).containsExactlyElementsOf(ids("utrecht").subList(0, 5));
        assertThat(ids(shared.get().listPage(5, 5))).containsExactlyElementsOf(ids("utrecht").subList(5, 10));
        assertThat(ids(shared.get().listPage(10, 5))).containsExactlyElementsOf(ids("utrecht").subList(10, EACH));
        assertThat(shared.get().listPage(EACH, 5)).isEmpty();
        assertThat(shared.get().count()).isEqualTo(EACH);
        assertThat(ids(shared.get().list())).containsExactlyElementsOf(ids("utrecht"));
    }

    @Test
    void aRegionsStaffSeeTheMemberGemeentenOfTheApplicationsTenantDirectory() {
        identity.setAuthentication("vr-utrecht.ab", List.of(), List.of("vr-utrecht"));

        assertThat(ids(identity.createUserQuery().orderByUserId().asc().listPage(0, 100)))
                .containsExactlyElementsOf(concat(ids("utrecht"), List.of("vr-utrecht.ab")));
        assertThat(identity.createUserQuery().userId("amersfoort.01").singleResult()).isNull();
    }

    @Test
    void aCallWithTheAuthorizationChecksOffSeesEveryone() {
        identity.setAuthentication("utrecht.01", List.of(SHARED), List.of("utrecht"));

        long all = CrossTenant.call(engine.getRuntimeService(),
                () -> identity.createUserQuery().memberOfGroup(SHARED).count());
        List<String> tenantsOfAmersfoorts = CrossTenant.call(engine.getRuntimeService(),
                () -> identity.createTenantQuery().userMember("amersfoort.01").list().stream()
                        .map(tenant -> tenant.getId()).toList());

        assertThat(all).isEqualTo(2 * EACH);
        assertThat(tenantsOfAmersfoorts).containsExactly("amersfoort");
        assertThat(identity.createUserQuery().memberOfGroup(SHARED).count()).as("outside the call, scoped again")
                .isEqualTo(EACH);
    }

    private static List<String> ids(String tenant) {
        return IntStream.rangeClosed(1, EACH).mapToObj(i -> tenant + "." + String.format("%02d", i)).toList();
    }

    private static List<String> ids(List<User> users) {
        return users.stream().map(User::getId).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
