package nl.weerbaar.spring.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Answers an engine error on Camunda's engine REST API that is the client's doing — a form refusal, a refused
 * start, a second start, a concurrent change, a task just completed, Weerbaar's refusal of a direct change — as
 * {@link EngineRestRefusals} says, rather than with Camunda's 500 or a misleading 403; every other engine error,
 * authorization refusals among them, is left to Camunda's own handler. {@link FormRefusalRestExceptionMapper} does
 * the same where Camunda wraps the error first (task completion, form submission, starts).
 */
@Provider
@Priority(Priorities.USER - 100)
public class FormRefusalExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return EngineRestRefusals.answer(exception, request).orElseGet(() -> camunda.toResponse(exception));
    }
}
