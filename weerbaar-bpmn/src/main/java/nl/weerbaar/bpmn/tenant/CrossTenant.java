package nl.weerbaar.bpmn.tenant;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import java.util.function.Supplier;

/**
 * Runs engine calls that must reach another tenant than the caller's — a gemeente's lifecycle of a region-led
 * measure lives in the region's tenant — with Camunda's tenant and authorization checks off for just those calls.
 * Only Weerbaar's own code uses it, for the instance it has already tied to the caller's tenant (the region's
 * lifecycle of a measure that serves the gemeente); it never hands another tenant's data to the caller unasked.
 */
public final class CrossTenant {

    private CrossTenant() {
    }

    /**
     * Runs the work with the checks off: inside the current command when there is one (a delegate), else in a new
     * command of the engine the service belongs to; nested service calls reuse that command.
     */
    public static <T> T call(RuntimeService runtime, Supplier<T> work) {
        CommandContext current = Context.getCommandContext();
        if (current != null) {
            return withoutChecks(current, work);
        }
        if (!(runtime instanceof ServiceImpl service)) {
            throw new IllegalStateException("cannot run a command on " + runtime.getClass().getName());
        }
        return service.getCommandExecutor().execute(new OwnCommand<>(work));
    }

    public static void run(RuntimeService runtime, Runnable work) {
        call(runtime, () -> {
            work.run();
            return null;
        });
    }

    /**
     * The command Weerbaar's own code runs when no command is under way: what it changes, that code decides, not the
     * caller, so the engine's integrity checks treat it as they treat a job (no direct change, no start of the
     * caller's own).
     */
    public static final class OwnCommand<T> implements Command<T> {

        private final Supplier<T> work;

        private OwnCommand(Supplier<T> work) {
            this.work = work;
        }

        @Override
        public T execute(CommandContext context) {
            return withoutChecks(context, work);
        }
    }

    private static <T> T withoutChecks(CommandContext context, Supplier<T> work) {
        boolean tenantCheck = context.isTenantCheckEnabled();
        boolean authorizationCheck = context.isAuthorizationCheckEnabled();
        context.disableTenantCheck();
        context.disableAuthorizationCheck();
        try {
            return work.get();
        } finally {
            if (tenantCheck) {
                context.enableTenantCheck();
            }
            if (authorizationCheck) {
                context.enableAuthorizationCheck();
            }
        }
    }
}
