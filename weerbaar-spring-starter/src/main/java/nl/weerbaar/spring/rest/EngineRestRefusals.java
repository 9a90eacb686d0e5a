package nl.weerbaar.spring.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.engine.DirectChangeRefusedException;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.process.StartRefusedException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.util.EngineUtil;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine REST API answers for a failure that is the client's, not the server's — which Camunda's own
 * handlers would answer with 500 — as a problem detail ({@code application/problem+json}) with Camunda's own
 * {@code type} and {@code message} kept beside {@code title}, {@code status} and a Dutch {@code detail}:
 * <ul>
 *   <li>400: a form refusal (with {@code violations} per field), a refused start, a serialized Java object, a
 *   condition no conditional start event matches;</li>
 *   <li>403: a direct change of a Weerbaar process's variables by someone who is not an administrator;</li>
 *   <li>409: a second start where one instance may run, a concurrent change of the same data, and work on a task
 *   that has just been completed or is gone;</li>
 *   <li>404: a task that never was (Camunda says "Cannot find task").</li>
 * </ul>
 * Anything else is left to Camunda's handlers.
 */
public final class EngineRestRefusals {

    /** The media type of every refusal answered here. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Pattern TASK_PATH = Pattern.compile("(?:^|/)task/([^/]+)/[^/]+.*$");
    private static final Pattern CONDITION_PATH = Pattern.compile("(?:^|/)condition/?$");

    private EngineRestRefusals() {
    }

    /** The answer for the failure of the request, or empty to leave it to Camunda. */
    public static Optional<Response> answer(Throwable failure, UriInfo request) {
        String path = request == null ? "" : request.getPath();
        FormValidationException form = cause(failure, FormValidationException.class);
        if (form != null) {
            Map<String, Object> body = problem(form, 400, "Het formulier is niet volledig of niet juist ingevuld: "
                    + form.getMessage());
            body.put("message", form.getMessage());
            body.put("violations", form.violations().stream().map(EngineRestRefusals::view).toList());
            return Optional.of(response(400, body));
        }
        StartRefusedException start = cause(failure, StartRefusedException.class);
        if (start != null) {
            return Optional.of(response(400, problem(start, 400, start.getMessage())));
        }
        AlreadyRunningException running = cause(failure, AlreadyRunningException.class);
        if (running != null) {
            Map<String, Object> body = problem(running, 409, running.getMessage());
            body.put("runningInstanceId", running.runningInstanceId());
            return Optional.of(response(409, body));
        }
        DirectChangeRefusedException direct = cause(failure, DirectChangeRefusedException.class);
        if (direct != null) {
            return Optional.of(response(403, problem(direct, 403, direct.getMessage())));
        }
        OptimisticLockingException concurrent = cause(failure, OptimisticLockingException.class);
        if (concurrent != null) {
            return Optional.of(response(409, problem(concurrent, 409, "Iemand anders wijzigde dit op hetzelfde"
                    + " moment, en die wijziging gaat voor. Haal de gegevens opnieuw op en probeer het zo nodig nog"
                    + " eens.")));
        }
        Optional<Response> task = taskGone(failure, path);
        if (task.isPresent()) {
            return task;
        }
        ProcessEngineException engine = cause(failure, ProcessEngineException.class);
        if (engine != null && engine.getMessage() != null
                && engine.getMessage().contains("Java serialization format is prohibited")) {
            return Optional.of(response(400, problem(engine, 400, "Geserialiseerde Java-objecten worden niet"
                    + " aangenomen (ook om veiligheidsredenen): stuur tekst, getallen, datums of ja/nee. "
                    + engine.getMessage())));
        }
        if (engine != null && CONDITION_PATH.matcher(path).find() && !(engine instanceof AuthorizationException)) {
            return Optional.of(response(400, problem(engine, 400, "Deze variabelen starten geen proces: geen"
                    + " voorwaardelijke startgebeurtenis past erbij. " + engine.getMessage())));
        }
        return Optional.empty();
    }

    /**
     * A task request that failed because the task is no longer there: completed — perhaps a moment ago, by someone
     * else or on another node — is a conflict (409), never having been there is 404. History is read as the
     * caller, so a task of another tenant stays unknown and its refusal as it was.
     */
    private static Optional<Response> taskGone(Throwable failure, String path) {
        Matcher task = TASK_PATH.matcher(path);
        boolean notFound = cause(failure, NullValueException.class) != null
                || (failure.getMessage() != null && failure.getMessage().contains("Cannot find task"));
        if (!task.find() || !(notFound || cause(failure, AuthorizationException.class) != null)) {
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
            return Optional.of(response(409, problem(failure, 409, "Taak " + taskId + " is al afgerond, misschien net"
                    + " door iemand anders; er is aan deze taak niets meer te doen.")));
        }
        if (notFound) {
            return Optional.of(response(404, problem(failure, 404, "Taak " + taskId + " bestaat niet (meer).")));
        }
        return Optional.empty();
    }

    private static String engineName(String path) {
        Matcher named = Pattern.compile("(?:^|/)engine/([^/]+)/").matcher(path);
        return named.find() ? named.group(1) : null;
    }

    private static Map<String, Object> problem(Throwable failure, int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", failure.getClass().getSimpleName());
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.put("message", detail);
        return body;
    }

    private static Response response(int status, Map<String, Object> body) {
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    private static Map<String, String> view(FormViolation violation) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("field", violation.field());
        view.put("label", violation.label());
        view.put("message", violation.message());
        return view;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Ongeldig verzoek";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 409 -> "Conflict";
            default -> "Fout " + status;
        };
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (type.isInstance(at)) {
                return type.cast(at);
            }
        }
        return null;
    }
}
