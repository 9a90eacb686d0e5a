package nl.weerbaar.spring.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine REST API answers the caller's failures with the same problem detail as the Weerbaar API, with Camunda's
 * {@code type} and {@code message} beside it, and leaves every other failure to Camunda.
 */
class EngineRestRefusalsTests {

    @Test
    void answersAFormRefusalWithItsOwnMessageAndTheViolations() {
        FormValidationException form = new FormValidationException("Intake",
                List.of(new FormViolation("owner", "Eigenaar", "Vul dit veld in.")));

        Map<String, Object> body = body(EngineRestRefusals.answer(new ProcessEngineException("listener", form),
                request("task/t-1/submit-form")), 400);

        assertThat(body).containsEntry("type", "FormValidationException")
                .containsEntry("title", "Ongeldig verzoek")
                .containsEntry("detail", form.getMessage())
                .containsEntry("message", form.getMessage())
                .containsEntry("instance", "/engine-rest/task/t-1/submit-form")
                .containsEntry("violations", List.of(Map.of("field", "owner", "label", "Eigenaar",
                        "message", "Vul dit veld in.")));
        assertThat((String) body.get("detail")).startsWith("Formulier 'Intake' is niet volledig of niet juist"
                + " ingevuld: Eigenaar (owner)");
    }

    @Test
    void answersASecondStartAndAConcurrentChangeWithAConflict() {
        Map<String, Object> running = body(EngineRestRefusals.answer(
                new AlreadyRunningException("weerbaar-maatregel", "utrecht", "1.1", "pi-1"),
                request("process-definition/key/weerbaar-maatregel/start")), 409);
        assertThat(running).containsEntry("title", "Conflict").containsEntry("runningInstanceId", "pi-1")
                .containsEntry("type", "AlreadyRunningException");

        Map<String, Object> concurrent = body(EngineRestRefusals.answer(new OptimisticLockingException("ENGINE-03005"),
                request("process-instance/pi-1/variables")), 409);
        assertThat((String) concurrent.get("detail")).startsWith("Iemand anders wijzigde dit op hetzelfde moment");
        assertThat(concurrent).containsEntry("type", "OptimisticLockingException");
    }

    @Test
    void answersAConditionWithoutConditionalStartAsTheCallersFault() {
        Map<String, Object> body = body(EngineRestRefusals.answer(new ProcessEngineException("ENGINE-13042 No"
                + " subscriptions were found during evaluation of the conditional start events."),
                request("condition")), 400);

        assertThat((String) body.get("detail")).startsWith("Deze variabelen starten geen proces");
    }

    @Test
    void leavesAnyOtherFailureOfAConditionToCamunda() {
        assertThat(EngineRestRefusals.answer(new ProcessEngineException("ENGINE-03004 Exception while executing"
                + " Database Operation 'INSERT ProcessInstance'"), request("condition"))).isEmpty();
        assertThat(EngineRestRefusals.answer(new ProcessEngineException("Unknown property used in expression:"
                + " ${gemeente.noodsteunpunt}"), request("condition/"))).isEmpty();
    }

    @Test
    void leavesAMissingAuthorizationToCamunda() {
        assertThat(EngineRestRefusals.answer(new AuthorizationException("The user with id 'x' does not have"
                + " 'READ'."), request("process-instance"))).isEmpty();
    }

    private static Map<String, Object> body(java.util.Optional<Response> answer, int status) {
        assertThat(answer).isPresent();
        Response response = answer.get();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) response.getEntity();
        assertThat(body).containsEntry("status", status);
        return body;
    }

    /** The request of a path under /engine-rest, as Jersey describes it (the path relative to the application). */
    private static UriInfo request(String path) {
        URI uri = URI.create("http://localhost/engine-rest/" + path);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getPath" -> path;
                    case "getRequestUri" -> uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
