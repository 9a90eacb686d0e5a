package nl.weerbaar.bpmn.process;

import nl.weerbaar.bpmn.TestEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A reminder goes out once the engine's transaction has committed: never for work that is rolled back, and a
 * sender that fails does not fail the work.
 */
class ReminderDispatchTests {

    private static final Reminder REMINDER = new Reminder(Reminder.Kind.HERINNERING, "utrecht", "Herinnering",
            "Tekst", LocalDate.of(2026, 3, 1), "utrecht.aov", List.of("weerbaar-aov-adviseur"), List.of("1"), "2");

    private final ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) TestEngine.get()
            .getProcessEngineConfiguration();

    @Test
    void sendsWhenTheTransactionCommits() {
        List<Reminder> sent = new ArrayList<>();

        engine.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
            ReminderDispatch.afterCommit(sent::add, REMINDER);
            assertThat(sent).as("not before the commit").isEmpty();
            return null;
        });

        assertThat(sent).containsExactly(REMINDER);
    }

    @Test
    void sendsNothingWhenTheTransactionRollsBack() {
        List<Reminder> sent = new ArrayList<>();

        Throwable failure = catchThrowable(() -> engine.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
            ReminderDispatch.afterCommit(sent::add, REMINDER);
            throw new IllegalStateException("de taak faalt");
        }));

        assertThat(failure).hasMessage("de taak faalt");
        assertThat(sent).isEmpty();
    }

    @Test
    void aFailingSenderDoesNotFailTheWork() {
        Object result = engine.getCommandExecutorTxRequired().execute((Command<Object>) context -> {
            ReminderDispatch.afterCommit(reminder -> {
                throw new IllegalStateException("mailserver onbereikbaar");
            }, REMINDER);
            return "klaar";
        });

        assertThat(result).isEqualTo("klaar");
    }

    @Test
    void outsideTheEngineItSendsAtOnce() {
        List<Reminder> sent = new ArrayList<>();

        ReminderDispatch.afterCommit(sent::add, REMINDER);

        assertThat(sent).containsExactly(REMINDER);
    }
}
