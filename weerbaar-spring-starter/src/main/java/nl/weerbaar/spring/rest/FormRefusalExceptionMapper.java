package nl.weerbaar.spring.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a task completion ({@code POST /task/{id}/complete}) that a Weerbaar form refused with 400 and the Dutch
 * message per field, in Camunda's error format ({@code type}, {@code message}) plus {@code violations}. The engine
 * wraps the refusal in a generic engine error, which Camunda's REST API would answer with 500; every other engine
 * error is left to Camunda's own handler. {@link FormRefusalRestExceptionMapper} does the same for
 * {@code submit-form}, which Tasklist uses.
 */
@Provider
@Priority(Priorities.USER - 100)
public class FormRefusalExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return FormValidationException.in(exception).map(FormRefusalExceptionMapper::badRequest)
                .orElseGet(() -> camunda.toResponse(exception));
    }

    static Response badRequest(FormValidationException refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", FormValidationException.class.getSimpleName());
        body.put("message", refusal.getMessage());
        List<Map<String, String>> violations = refusal.violations().stream().map(FormRefusalExceptionMapper::view)
                .toList();
        body.put("violations", violations);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static Map<String, String> view(FormViolation violation) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("field", violation.field());
        view.put("label", violation.label());
        view.put("message", violation.message());
        return view;
    }
}
