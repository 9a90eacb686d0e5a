package nl.weerbaar.spring.internal;

import nl.weerbaar.bpmn.engine.AlreadyRunningException;
import nl.weerbaar.bpmn.engine.DirectChangeRefusedException;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.process.StartRefusedException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine failures that are the caller's get one status and one Dutch text, wherever the engine wrapped them;
 * every other failure is not a refusal.
 */
class RefusalTests {

    @Test
    void aFormRefusalSaysWhatItsOwnMessageSaysAndNothingMore() {
        FormValidationException form = new FormValidationException("Intake",
                List.of(new FormViolation("owner", "Eigenaar", "Vul dit veld in.")));

        Refusal refusal = Refusal.of(new ProcessEngineException("listener failed", form)).orElseThrow();

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.detail()).isEqualTo("Formulier 'Intake' is niet volledig of niet juist ingevuld:"
                + " Eigenaar (owner): Vul dit veld in.");
        assertThat(refusal.cause()).isSameAs(form);
    }

    @Test
    void weerbaarsOwnRefusalsKeepTheirDutchMessage() {
        assertThat(Refusal.of(new StartRefusedException("Business key x hoort niet bij dit proces.")))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.detail()).isEqualTo("Business key x hoort niet bij dit proces.");
                });
        AlreadyRunningException running = new AlreadyRunningException("weerbaar-maatregel", "utrecht", "1.1", "pi-1");
        assertThat(Refusal.of(new ProcessEngineException("wrapped", running))).hasValueSatisfying(refusal -> {
            assertThat(refusal.status()).isEqualTo(409);
            assertThat(refusal.detail()).isEqualTo(running.getMessage());
        });
        assertThat(Refusal.of(new DirectChangeRefusedException("Alleen via het formulier."))).hasValueSatisfying(
                refusal -> {
                    assertThat(refusal.status()).isEqualTo(403);
                    assertThat(refusal.detail()).isEqualTo("Alleen via het formulier.");
                    assertThat(refusal.missingAuthorization()).as("Weerbaar's, not Camunda's").isFalse();
                });
    }

    @Test
    void aConcurrentChangeAndAMissingAuthorizationHaveOneTextEach() {
        assertThat(Refusal.of(new ProcessEngineException("wrapped", new OptimisticLockingException("ENGINE-03005"))))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.status()).isEqualTo(409);
                    assertThat(refusal.detail()).isEqualTo("Iemand anders wijzigde dit op hetzelfde moment, en die"
                            + " wijziging gaat voor. Haal de gegevens opnieuw op en probeer het zo nodig nog eens.");
                });
        assertThat(Refusal.of(new AuthorizationException("The user with id 'x' does not have 'READ'.")))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.status()).isEqualTo(403);
                    assertThat(refusal.detail()).isEqualTo("U hebt geen rechten voor deze handeling: The user with id"
                            + " 'x' does not have 'READ'.");
                    assertThat(refusal.missingAuthorization()).isTrue();
                });
    }

    @Test
    void aSerializedObjectAndAConditionWithoutConditionalStartAreRefusedByWhatTheEngineSays() {
        assertThat(Refusal.of(new ProcessEngineException("ENGINE-17007 Cannot set variable with name x. Java"
                + " serialization format is prohibited")))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.detail()).startsWith("Geserialiseerde Java-objecten worden niet aangenomen");
                });
        assertThat(Refusal.of(new ProcessEngineException("ENGINE-13042 No subscriptions were found during evaluation"
                + " of the conditional start events.")))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.detail()).startsWith("Deze variabelen starten geen proces: geen proces");
                });
        assertThat(Refusal.of(new ProcessEngineException("ENGINE-13043 Process definition with id 'p:1:2' does not"
                + " declare conditional start event.")))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.detail()).startsWith("Deze variabelen starten geen proces: de opgegeven"
                            + " procesdefinitie").contains("p:1:2");
                });
    }

    @Test
    void anyOtherFailureIsNotTheCallers() {
        assertThat(Refusal.of(new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation"
                + " 'INSERT ProcessInstance'", new IllegalStateException("connection refused")))).isEmpty();
        assertThat(Refusal.of(new ProcessEngineException("Delegate expression ${noodsteun} did not resolve")))
                .isEmpty();
        assertThat(Refusal.of(new IllegalStateException("Java serialization format is prohibited")))
                .as("only the engine's own message counts").isEmpty();
    }
}
