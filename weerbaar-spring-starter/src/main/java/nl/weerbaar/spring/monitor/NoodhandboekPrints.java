package nl.weerbaar.spring.monitor;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the last print of each gemeente's noodhandboek per scenario, so the dashboard can warn when what the
 * handbook would say has changed since. The default keeps them in the engine's property table; a bean of this type
 * keeps them elsewhere.
 */
public interface NoodhandboekPrints {

    void record(String tenantId, String scenario, Print print);

    default Optional<Print> last(String tenantId, String scenario) {
        return Optional.ofNullable(last(tenantId, List.of(scenario)).get(scenario));
    }

    /** The last print of each of these scenarios of the gemeente that was ever printed, by scenario code. */
    Map<String, Print> last(String tenantId, Collection<String> scenarios);

    /**
     * One print.
     *
     * @param printedAt   when
     * @param printedBy   by whom (user id)
     * @param fingerprint the digest of its contents ({@link Noodhandboek#fingerprint()})
     */
    record Print(Instant printedAt, String printedBy, String fingerprint) {
    }
}
