package nl.weerbaar.bpmn.tenant;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant a Weerbaar process instance gets. Weerbaar's processes are deployed once for every tenant (without a
 * tenant id, ADR 14); each instance carries the tenant of the gemeente or veiligheidsregio it works for. Code that
 * starts an instance for a tenant names it here around the start; a start without one (Tasklist, the engine's REST
 * API) takes the starting user's one tenant. A call activity names the tenant of the instance it calls with an input
 * mapping to {@value #CALLED_TENANT}.
 */
public final class InstanceTenant {

    /** The variable a call activity maps to name the tenant of the instance it calls; not passed on to it. */
    public static final String CALLED_TENANT = "weerbaarTenant";

    private static final ThreadLocal<Deque<String>> ASSIGNED = ThreadLocal.withInitial(ArrayDeque::new);

    private InstanceTenant() {
    }

    /** Runs the work so that every Weerbaar process instance it starts gets the tenant (nested calls: the innermost). */
    public static <T> T call(String tenantId, Supplier<T> work) {
        Objects.requireNonNull(tenantId, "tenantId");
        Deque<String> assigned = ASSIGNED.get();
        assigned.push(tenantId);
        try {
            return work.get();
        } finally {
            assigned.pop();
            if (assigned.isEmpty()) {
                ASSIGNED.remove();
            }
        }
    }

    /** The tenant named by the innermost {@link #call} under way on this thread. */
    public static Optional<String> assigned() {
        Deque<String> assigned = ASSIGNED.get();
        Optional<String> tenant = Optional.ofNullable(assigned.peek());
        if (assigned.isEmpty()) {
            ASSIGNED.remove();
        }
        return tenant;
    }
}
