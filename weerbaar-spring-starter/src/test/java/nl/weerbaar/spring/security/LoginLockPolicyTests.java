package nl.weerbaar.spring.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failed logins slow an attacker down, but nobody is locked for good unless configured, and the users named to be
 * unlocked are unlocked at start — on a real engine, with Camunda's own throttling and the engine clock moved past
 * each delay instead of waiting for it.
 */
class LoginLockPolicyTests {

    private static ProcessEngine engine;

    @BeforeAll
    static void engineWithTheDefaultPolicy() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("login-lock-policy-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:login-lock-policy-tests;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(new LoginLockPolicy(new WeerbaarLoginProperties())));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void tenSpacedWrongPasswordsLockTheOnlyAdministratorOnlyUntilTheWindowHasPassed() {
        IdentityService identity = engine.getIdentityService();
        user(identity, "beheer");
        Date now = new Date();
        for (int attempt = 0; attempt < 12; attempt++) {
            now = new Date(now.getTime() + Duration.ofSeconds(61).toMillis()); // past the longest delay
            ClockUtil.setCurrentTime(now);
            assertThat(identity.checkPassword("beheer", "fout")).isFalse();
        }
        assertThat(identity.checkPassword("beheer", "geheim")).as("within the window").isFalse();

        ClockUtil.setCurrentTime(new Date(now.getTime() + Duration.ofSeconds(61).toMillis()));
        assertThat(identity.checkPassword("beheer", "geheim")).as("after the window").isTrue();
    }

    @Test
    void unlocksTheNamedUsersAndSaysSoOfThoseThatDoNotExist() {
        IdentityService identity = engine.getIdentityService();
        user(identity, "vergrendeld");
        assertThat(identity.checkPassword("vergrendeld", "fout")).isFalse();
        assertThat(identity.checkPassword("vergrendeld", "geheim")).as("locked for the first delay").isFalse();

        LoginLockPolicy.unlock(identity, List.of(" vergrendeld ", "niemand", ""));

        assertThat(identity.checkPassword("vergrendeld", "geheim")).isTrue();
    }

    @Test
    void refusesADelayThatIsNotOne() {
        WeerbaarLoginProperties properties = new WeerbaarLoginProperties();
        properties.setFirstDelay(Duration.ofMinutes(5));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

        assertThatThrownBy(() -> new LoginLockPolicy(properties).postInit(configuration))
                .hasMessageContaining("first-delay (PT5M) is longer than max-delay (PT1M)");
    }

    private static void user(IdentityService identity, String id) {
        User user = identity.newUser(id);
        user.setPassword("geheim");
        identity.saveUser(user);
    }
}
