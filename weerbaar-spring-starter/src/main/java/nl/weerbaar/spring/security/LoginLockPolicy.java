package nl.weerbaar.spring.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * Camunda's login throttling without the lock-out as a weapon. Camunda locks a user for good after 10 wrong
 * passwords, spaced past its delays, and a locked only administrator cannot be unlocked but in the database —
 * so anyone who knows a user name could shut every administrator out. Here failed logins still slow an attacker
 * down (a growing delay, {@link WeerbaarLoginProperties#getMaxDelay()} at most), but a user is locked for good
 * only when {@link WeerbaarLoginProperties#getLockPermanentlyAfter()} says so, and the users
 * {@link WeerbaarLoginProperties#getUnlock()} names are unlocked at every start. Set in the engine's identity
 * service, so it holds for every way in.
 */
public class LoginLockPolicy extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(LoginLockPolicy.class);

    private final WeerbaarLoginProperties properties;

    public LoginLockPolicy(WeerbaarLoginProperties properties) {
        this.properties = properties;
    }

    /** After the configuration's own settings, Camunda's generic properties included, so this policy holds. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        int first = seconds(properties.getFirstDelay(), "first-delay");
        int max = seconds(properties.getMaxDelay(), "max-delay");
        if (first > max) {
            throw new IllegalArgumentException("weerbaar.security.login.first-delay (" + properties.getFirstDelay()
                    + ") is longer than max-delay (" + properties.getMaxDelay() + ")");
        }
        configuration.setLoginDelayBase(first);
        configuration.setLoginDelayMaxTime(max);
        configuration.setLoginMaxAttempts(properties.getLockPermanentlyAfter() > 0
                ? properties.getLockPermanentlyAfter() : Integer.MAX_VALUE);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        unlock(processEngine.getIdentityService(), properties.getUnlock());
    }

    /** Unlocks each user that exists, and says so in the log. */
    static void unlock(IdentityService identity, List<String> users) {
        for (String user : users) {
            if (user == null || user.isBlank()) {
                continue;
            }
            if (identity.createUserQuery().userId(user.strip()).count() == 0) {
                LOG.warn("weerbaar.security.login.unlock names user '{}', who does not exist", user.strip());
                continue;
            }
            identity.unlockUser(user.strip());
            LOG.warn("Unlocked user '{}' at start (weerbaar.security.login.unlock); remove the setting once they can"
                    + " log in again", user.strip());
        }
    }

    private static int seconds(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("weerbaar.security.login." + name + " must be a duration of 0 seconds"
                    + " or more, not " + duration);
        }
        return (int) duration.toSeconds();
    }
}
