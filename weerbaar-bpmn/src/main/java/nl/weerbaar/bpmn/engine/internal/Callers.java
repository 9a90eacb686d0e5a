package nl.weerbaar.bpmn.engine.internal;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who runs a command: a user who is not an administrator is held to the processes' forms; an administrator
 * (Camunda's {@code camunda-admin} group or admin users) and code that runs without an authenticated user — the
 * job executor, the application's own start-up and services — are trusted, as Camunda's own authorization checks
 * trust them.
 */
final class Callers {

    private Callers() {
    }

    static boolean trusted(CommandContext context) {
        Authentication authentication = context.getAuthentication();
        return authentication == null || authentication.getUserId() == null
                || context.getAuthorizationManager().isCamundaAdmin(authentication);
    }

    static String user(CommandContext context) {
        Authentication authentication = context.getAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
