package nl.weerbaar.spring.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.weerbaar.bpmn.forms.FormValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The form refusal of {@link FormRefusalExceptionMapper} for {@code POST /task/{id}/submit-form}, where Camunda's
 * REST API turns every engine error into a 500 {@link RestException}.
 */
@Provider
@Priority(Priorities.USER - 100)
public class FormRefusalRestExceptionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        return FormValidationException.in(exception).map(FormRefusalExceptionMapper::badRequest)
                .orElseGet(() -> camunda.toResponse(exception));
    }
}
