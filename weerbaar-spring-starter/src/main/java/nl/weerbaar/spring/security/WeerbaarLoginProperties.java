package nl.weerbaar.spring.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How Camunda's identity service slows down failed logins ({@code weerbaar.security.login.*}): for every caller —
 * the Weerbaar API, engine REST, the webapps' login — a user is refused for a while after a wrong password, longer
 * after each, but never locked for good unless configured; and the users an administrator names are unlocked at
 * every start.
 */
@ConfigurationProperties(prefix = "weerbaar.security.login")
public class WeerbaarLoginProperties {

    /** How long a user is refused after a first wrong password (whole seconds); it doubles after each next one. */
    private Duration firstDelay = Duration.ofSeconds(3);

    /** The longest a user is refused after wrong passwords (whole seconds): the window after which the right
     * password works again. */
    private Duration maxDelay = Duration.ofSeconds(60);

    /** After this many wrong passwords in a row a user is locked until an administrator unlocks them (Camunda's
     * own behaviour, after 10); 0 never locks for good. */
    private int lockPermanentlyAfter = 0;

    /** Users unlocked when the application starts: the recovery for a locked administrator, which needs access to
     * the server, not to the database (e.g. {@code --weerbaar.security.login.unlock=demo}). */
    private List<String> unlock = new ArrayList<>();

    public Duration getFirstDelay() {
        return firstDelay;
    }

    public void setFirstDelay(Duration firstDelay) {
        this.firstDelay = firstDelay;
    }

    public Duration getMaxDelay() {
        return maxDelay;
    }

    public void setMaxDelay(Duration maxDelay) {
        this.maxDelay = maxDelay;
    }

    public int getLockPermanentlyAfter() {
        return lockPermanentlyAfter;
    }

    public void setLockPermanentlyAfter(int lockPermanentlyAfter) {
        this.lockPermanentlyAfter = lockPermanentlyAfter;
    }

    public List<String> getUnlock() {
        return unlock;
    }

    public void setUnlock(List<String> unlock) {
        this.unlock = unlock;
    }
}
