package nl.weerbaar.spring.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The refusals of {@link EngineRestRefusals} where Camunda's REST API turns the engine error into a 500
 * {@link RestException} first — {@code POST /task/{id}/complete}, {@code submit-form}, which Tasklist uses, and the
 * start of a process; anything else is left to Camunda's handler.
 */
@Provider
@Priority(Priorities.USER - 100)
public class FormRefusalRestExceptionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(RestException exception) {
        return EngineRestRefusals.answer(exception, request).orElseGet(() -> camunda.toResponse(exception));
    }
}
