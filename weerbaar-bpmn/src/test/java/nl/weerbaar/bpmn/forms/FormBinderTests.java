package nl.weerbaar.bpmn.forms;

import nl.weerbaar.bpmn.measure.MeasureForms;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Submitted variables become a typed form record, or every broken rule names its field.
 */
class FormBinderTests {

    @Test
    void bindsSubmittedTextIntoTypedFields() {
        FormBinder.Result<MeasureForms.Intake> result = FormBinder.bind(MeasureForms.Intake.class,
                Map.of("applicability", "VAN_TOEPASSING", "owner", "utrecht.aov", "dueDate", "2026-03-01",
                        "unrelated", 42));

        assertThat(result.valid()).isTrue();
        assertThat(result.form()).isEqualTo(new MeasureForms.Intake(MeasureForms.Applicability.VAN_TOEPASSING,
                "utrecht.aov", LocalDate.of(2026, 3, 1), null));
    }

    @Test
    void acceptsDatesAsTheRestApiSendsThem() {
        Date date = Date.from(LocalDate.of(2026, 3, 1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());

        FormBinder.Result<MeasureForms.Intake> result = FormBinder.bind(MeasureForms.Intake.class,
                Map.of("applicability", "VAN_TOEPASSING", "owner", "x", "dueDate", date));

        assertThat(result.form().dueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void reportsTypeErrorsBeforeRulesInFieldOrder() {
        FormBinder.Result<MeasureForms.Intake> result = FormBinder.bind(MeasureForms.Intake.class,
                Map.of("applicability", "JA", "dueDate", "morgen"));

        assertThat(result.valid()).isFalse();
        assertThat(result.violations()).containsExactly(
                new FormViolation("applicability", "Toepasbaarheid", "is geen geldige keuze"),
                new FormViolation("dueDate", "Gereed op", "is geen geldige datum (JJJJ-MM-DD)"));
    }

    @Test
    void checksLengthLimits() {
        FormBinder.Result<MeasureForms.Intake> result = FormBinder.bind(MeasureForms.Intake.class,
                Map.of("applicability", "VAN_TOEPASSING", "owner", "x".repeat(201), "dueDate", "2026-03-01"));

        assertThat(result.violations()).containsExactly(new FormViolation("owner", "Eigenaar",
                "mag hoogstens 200 tekens zijn"));
    }

    @Test
    void refusesTextLongerThanTheEngineStoresWhateverTheFormsOwnLimit() {
        assertThat(FormBinder.typeProblem(MeasureForms.Escalation.class, "escalationAction", "x".repeat(4001)))
                .contains("mag hoogstens 4000 tekens zijn");
        assertThat(FormBinder.typeProblem(MeasureForms.Escalation.class, "escalationAction", "x".repeat(4000)))
                .isEmpty();
        assertThat(FormBinder.bind(MeasureForms.Escalation.class, Map.of("escalationAction", "x".repeat(3001)))
                .violations()).extracting(FormViolation::message).containsExactly("mag hoogstens 3000 tekens zijn");
    }

    @Test
    void refusesTextWithTheNulCharacterThatNoPostgresTextColumnHolds() {
        assertThat(FormBinder.typeProblem(MeasureForms.Escalation.class, "escalationAction", "a\u0000b"))
                .contains("mag het teken NUL (U+0000) niet bevatten");
        assertThat(FormBinder.typeProblem(MeasureForms.Escalation.class, "escalationAction", "a\u0001b")).isEmpty();
    }

    @Test
    void countsAttachmentsAsEvidence() {
        assertThat(FormBinder.bind(MeasureForms.Evidence.class, Map.of(), 1).valid()).isTrue();
        assertThat(FormBinder.bind(MeasureForms.Evidence.class, Map.of(), 0).violations())
                .extracting(FormViolation::message).containsExactly("geef minstens één link of voeg een bijlage toe");
    }

    @Test
    void countsAttachmentsOnlyWhenARuleAsksAndAtMostOnce() {
        java.util.concurrent.atomic.AtomicInteger counted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.IntSupplier oneAttachment = () -> {
            counted.incrementAndGet();
            return 1;
        };

        assertThat(FormBinder.bind(MeasureForms.Plan.class, Map.of("plan", "Plan van aanpak"), oneAttachment)
                .valid()).isTrue();
        assertThat(FormBinder.bind(MeasureForms.Evidence.class, Map.of("evidenceLinks", "https://example.org/b"),
                oneAttachment).valid()).isTrue();
        assertThat(counted).as("no rule of these needed the attachments").hasValue(0);

        assertThat(FormBinder.bind(MeasureForms.Evidence.class, Map.of(), oneAttachment).valid()).isTrue();
        assertThat(counted).as("evidence without links asks once").hasValue(1);
    }

    @Test
    void bindsAMomentWithOrWithoutItsOffset() {
        java.util.function.Function<Object, Object> decidedAt = value -> {
            java.util.Map<String, Object> values = new java.util.HashMap<>(Map.of("decisionKind", "BESLUIT",
                    "decision", "Scholen dicht.", "decidedBy", "burgemeester"));
            values.put("decidedAt", value);
            return FormBinder.bind(nl.weerbaar.bpmn.crisis.CrisisForms.Decision.class, values).form().decidedAt();
        };

        assertThat(decidedAt.apply("2026-01-05T14:30+01:00"))
                .isEqualTo(java.time.OffsetDateTime.parse("2026-01-05T14:30+01:00"));
        assertThat(decidedAt.apply("2026-01-05T13:30Z"))
                .isEqualTo(java.time.OffsetDateTime.parse("2026-01-05T13:30Z"));
        assertThat(((java.time.OffsetDateTime) decidedAt.apply("2026-01-05T14:30")).toLocalDateTime())
                .isEqualTo(java.time.LocalDateTime.of(2026, 1, 5, 14, 30));
        assertThat(decidedAt.apply(null)).isNull();
        assertThat(FormBinder.bind(nl.weerbaar.bpmn.crisis.CrisisForms.Decision.class, Map.of("decisionKind",
                "BESLUIT", "decision", "x", "decidedBy", "y", "decidedAt", "half drie")).violations())
                .extracting(FormViolation::message).containsExactly("is geen geldig tijdstip (JJJJ-MM-DDTUU:MM)");
    }
}
