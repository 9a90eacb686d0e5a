package nl.weerbaar.spring.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.spring.internal.Problems;
import nl.weerbaar.spring.internal.Refusal;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.util.EngineUtil;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine REST API answers for a failure that is the client's, not the server's — which Camunda's own
 * handlers would answer with 500 — as a problem detail ({@code application/problem+json}, {@link Problems}) with
 * Camunda's own {@code type} and {@code message} kept beside {@code title}, {@code status} and a Dutch
 * {@code detail}, the same the Weerbaar API answers with ({@link Refusal}):
 * <ul>
 *   <li>400: a form refusal (with {@code violations} per field), a refused start, a serialized Java object, a
 *   condition evaluated where no conditional start event is;</li>
 *   <li>403: a direct change of a Weerbaar process's variables by someone who is not an administrator;</li>
 *   <li>409: a second start where one instance may run, a concurrent change of the same data, and work on a task
 *   that has just been completed or is gone;</li>
 *   <li>404: a task that never was (Camunda says "Cannot find task").</li>
 * </ul>
 * Anything else is left to Camunda's handlers, the engine's refusal for missing authorizations among them (Camunda
 * answers it with 403 and the authorizations missing).
 */
public final class EngineRestRefusals {

    private static final Pattern TASK_PATH = Pattern.compile("(?:^|/)task/([^/]+)/[^/]+.*$");
    private static final Pattern ENGINE_PATH = Pattern.compile("(?:^|/)engine/([^/]+)/");

    private EngineRestRefusals() {
    }

    /** The answer for the failure of the request, or empty to leave it to Camunda. */
    public static Optional<Response> answer(Throwable failure, UriInfo request) {
        String path = request == null ? "" : request.getPath();
        Optional<Refusal> refusal = Refusal.of(failure).filter(refused -> !refused.missingAuthorization());
        if (refusal.isPresent()) {
            Map<String, Object> body = problem(refusal.get(), request);
            if (refusal.get().cause() instanceof FormValidationException form) {
                body.put("violations", form.violations().stream().map(EngineRestRefusals::view).toList());
            }
            if (refusal.get().cause() instanceof AlreadyRunningException running) {
                body.put("runningInstanceId", running.runningInstanceId());
            }
            return Optional.of(response(refusal.get().status(), body));
        }
        return taskGone(failure, path, request);
    }

    /**
     * A task request that failed because the task is no longer there: completed — perhaps a moment ago, by someone
     * else or on another node — is a conflict (409), never having been there is 404. History is read as the
     * caller, so a task of another tenant stays unknown and its refusal as it was.
     */
    private static Optional<Response> taskGone(Throwable failure, String path, UriInfo request) {
        Matcher task = TASK_PATH.matcher(path);
        boolean notFound = Refusal.cause(failure, NullValueException.class) != null
                || (failure.getMessage() != null && failure.getMessage().contains("Cannot find task"));
        if (!task.find() || !(notFound || Refusal.cause(failure, AuthorizationException.class) != null)) {
            return Optional.empty();
        }
        String taskId = task.group(1);
        ProcessEngine engine;
        try {
            engine = EngineUtil.lookupProcessEngine(engineName(path));
        } catch (RuntimeException none) {
            return Optional.empty();
        }
        if (engine == null || engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0) {
            return Optional.empty();
        }
        boolean completed = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .count() > 0;
        if (completed) {
            return Optional.of(response(409, problem(new Refusal(409, "Taak " + taskId + " is al afgerond, misschien"
                    + " net door iemand anders; er is aan deze taak niets meer te doen.", failure), request)));
        }
        if (notFound) {
            return Optional.of(response(404, problem(new Refusal(404, "Taak " + taskId + " bestaat niet (meer).",
                    failure), request)));
        }
        return Optional.empty();
    }

    private static String engineName(String path) {
        Matcher named = ENGINE_PATH.matcher(path);
        return named.find() ? named.group(1) : null;
    }

    /**
     * The problem detail with what Camunda's own error answers hold beside it: {@code type}, the name of the
     * exception, and {@code message}, the Dutch detail again (the webapps show it).
     */
    private static Map<String, Object> problem(Refusal refusal, UriInfo request) {
        Map<String, Object> body = Problems.body(refusal.status(), refusal.detail(),
                request == null || request.getRequestUri() == null ? null : request.getRequestUri().getRawPath());
        body.put("type", refusal.cause().getClass().getSimpleName());
        body.put("message", refusal.detail());
        return body;
    }

    private static Response response(int status, Map<String, Object> body) {
        return Response.status(status).type(Problems.MEDIA_TYPE).entity(body).build();
    }

    private static Map<String, String> view(FormViolation violation) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("field", violation.field());
        view.put("label", violation.label());
        view.put("message", violation.message());
        return view;
    }
}
