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
        return service.getCommandExecutor().execute(new OwnCommand<>(work, false));
    }

    /**
     * Runs the work as one command of Weerbaar's own code, with the caller's tenant and authorization checks kept:
     * many starts in one transaction that each do what a single start does (its parts in another tenant through
     * {@link #call}), the caller's own starts checked as the caller's. Inside a command under way, it runs there.
     */
    public static <T> T callChecked(RuntimeService runtime, Supplier<T> work) {
        if (Context.getCommandContext() != null) {
            return work.get();
        }
        if (!(runtime instanceof ServiceImpl service)) {
            throw new IllegalStateException("cannot run a command on " + runtime.getClass().getName());
        }
        return service.getCommandExecutor().execute(new OwnCommand<>(work, true));
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
        private final boolean checked;

        private OwnCommand(Supplier<T> work, boolean checked) {
            this.work = work;
            this.checked = checked;
        }

        @Override
        public T execute(CommandContext context) {
            return checked ? work.get() : withoutChecks(context, work);
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
