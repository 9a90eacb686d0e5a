package nl.weerbaar.spring.monitor.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.util.function.Supplier;

/**
 * Runs a read without the caller's authentication on the identity service, so Camunda applies neither authorization
 * nor tenant checks to it, and restores the caller afterwards. Only for what the monitor itself reduces before it is
 * shown — a veiligheidsregio's status aggregates of its members, the noodhandboek's print records — never to hand a
 * caller another tenant's data as it is.
 */
final class SystemReads {

    private SystemReads() {
    }

    static <T> T withoutCaller(IdentityService identity, Supplier<T> read) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return read.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    static void withoutCaller(IdentityService identity, Runnable write) {
        withoutCaller(identity, () -> {
            write.run();
            return null;
        });
    }
}
