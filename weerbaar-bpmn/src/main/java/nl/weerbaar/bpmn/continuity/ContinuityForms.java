package nl.weerbaar.bpmn.continuity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.weerbaar.bpmn.forms.CheckedForm;
import nl.weerbaar.bpmn.forms.Field;
import nl.weerbaar.bpmn.forms.FormChecks;
import nl.weerbaar.bpmn.forms.Label;
import nl.weerbaar.bpmn.forms.Option;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.bpmn.forms.TaskForm.Context;
import nl.weerbaar.bpmn.measure.Decision;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static nl.weerbaar.bpmn.forms.FormChecks.hasText;

/**
 * The task forms of {@code weerbaar-continuiteit}, one record per user task.
 */
public final class ContinuityForms {

    /** Every form of the process, for registration. */
    public static final List<Class<? extends Record>> ALL = List.of(Inventory.class, ProcessAssessment.class,
            Safeguards.class, StaffContinuity.class, ExerciseTest.class, Approval.class, CollegeReport.class);

    /** The longest name of a critical process. */
    public static final int MAX_PROCESS_NAME = 200;


    private ContinuityForms() {
    }

    /** The names in a list of critical processes, one a line: stripped, empty lines left out, in order. */
    public static List<String> processNames(String criticalProcesses) {
        return criticalProcesses == null ? List.of() : criticalProcesses.lines().map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }

    /** The outcome of testing the continuity plans. */
    public enum ExerciseResult implements Option {
        @Label("Geslaagd")
        GESLAAGD,
        @Label("Niet geslaagd: plannen aanpassen")
        NIET_GESLAAGD
    }

    @TaskForm(id = "weerbaar-continuiteit-inventarisatie", title = "Kritieke processen inventariseren",
            description = "Noem de kritieke bedrijfsprocessen van de gemeente, zoals uitkeringen, betalingen en taken"
                    + " op het gebied van openbare orde en veiligheid (maatregel 1.1), één per regel. Voor elk proces"
                    + " volgt een eigen taak om uitvaltijd, hersteltijd en terugvaloptie vast te leggen.",
            context = {@Context(variable = "approvalComment", label = "Opmerkingen van de gemeentesecretaris",
                    multiline = true)})
    public record Inventory(
            @Field(label = "Kritieke processen", description = "Eén proces per regel", multiline = true)
            @NotBlank(message = "{weerbaar.form.continuity.critical-process}") @Size(max = 4000, message = "{weerbaar.form.max-length}")
            String criticalProcesses,
            @Field(label = "Laatste volledige actualisatie lijst kritieke systemen",
                    description = "BIO 5.30.02: minstens eens per drie jaar. Leeg laten als deze toetsing de lijst"
                            + " volledig actualiseert.")
            LocalDate lastFullInventoryDate) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            List<String> names = processNames(criticalProcesses);
            Set<String> seen = new HashSet<>();
            String duplicates = names.stream().filter(name -> !seen.add(name.toLowerCase(Locale.ROOT)))
                    .distinct().collect(Collectors.joining(", "));
            checks.require("criticalProcesses", duplicates.isEmpty(), "noemt een proces meer dan eens: " + duplicates)
                    .require("criticalProcesses", names.stream().allMatch(name -> name.length() <= MAX_PROCESS_NAME),
                            "een procesnaam mag hoogstens " + MAX_PROCESS_NAME + " tekens zijn");
        }
    }

    @TaskForm(id = "weerbaar-continuiteit-proces", title = "Kritiek proces beoordelen",
            description = "Leg voor dit kritieke proces vast hoe lang het hoogstens mag uitvallen, binnen hoeveel uur"
                    + " het weer moet draaien en hoe de gemeente het intussen uitvoert (maatregel 1.2).",
            context = {@Context(variable = "criticalProcess", label = "Proces")})
    public record ProcessAssessment(
            @Field(label = "Maximaal toelaatbare uitval (uren)",
                    description = "Hoe lang het proces hoogstens mag stilliggen")
            @NotNull(message = "{weerbaar.form.required}") @Min(value = 1, message = "{weerbaar.form.min-hours}") Integer maxDowntimeHours,
            @Field(label = "Hersteltijd (uren)",
                    description = "Binnen hoeveel uur het proces weer draait; niet meer dan de maximaal toelaatbare"
                            + " uitval")
            @NotNull(message = "{weerbaar.form.required}") @Min(value = 1, message = "{weerbaar.form.min-hours}") Integer recoveryTimeHours,
            @Field(label = "Terugvaloptie", description = "Hoe het proces doorgaat bij uitval, bijvoorbeeld op papier"
                    + " of vanaf een uitwijklocatie", multiline = true)
            @NotBlank(message = "{weerbaar.form.required}") @Size(max = 4000, message = "{weerbaar.form.max-length}") String fallback,
            @Field(label = "Afhankelijk van ICT-leveranciers") Boolean dependsOnIctSuppliers) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("recoveryTimeHours", recoveryTimeHours <= maxDowntimeHours,
                    "mag niet groter zijn dan de maximaal toelaatbare uitval (" + maxDowntimeHours + " uur)");
        }
    }

    @TaskForm(id = "weerbaar-continuiteit-waarborgen", title = "Waarborgen en ICT-afspraken controleren",
            description = "Controleer de waarborgen voor de kritieke processen en de informatievoorziening, online en"
                    + " offline (maatregelen 1.1 en 1.3), en of de afspraken met ICT-leveranciers en cloud-aanbieders"
                    + " de eisen van de standaard-SLA dekken (maatregel 1.4). Vink aan wat geregeld is.",
            context = {@Context(variable = "processResultsSummary", label = "Kritieke processen", multiline = true),
                    @Context(variable = "exerciseFindings", label = "Bevindingen van de laatste test",
                            multiline = true)})
    public record Safeguards(
            @Field(label = "Waarborgen", description = "Bijvoorbeeld noodstroom, offline kopieën van registers,"
                    + " fysieke informatiekanalen, uitwijklocatie", multiline = true)
            @NotBlank(message = "{weerbaar.form.required}") @Size(max = 4000, message = "{weerbaar.form.max-length}") String safeguards,
            @Field(label = "Beschikbaarheid is in de SLA's geregeld") Boolean slaAvailability,
            @Field(label = "Herstelcapaciteit is in de SLA's geregeld") Boolean slaRecoveryCapacity,
            @Field(label = "Communicatie bij incidenten is in de SLA's geregeld") Boolean slaIncidentCommunication,
            @Field(label = "Gegevens staan op servers binnen de EU") Boolean slaDataInEu,
            @Field(label = "Toelichting op wat ontbreekt", description = "Verplicht als iets niet is aangevinkt: wat"
                    + " ontbreekt, bij welke leverancier, en wat eraan gebeurt", multiline = true)
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String slaGaps) implements CheckedForm {

        /** Whether every SLA requirement of measure 1.4 is met. */
        public boolean slasComplete() {
            return Boolean.TRUE.equals(slaAvailability) && Boolean.TRUE.equals(slaRecoveryCapacity)
                    && Boolean.TRUE.equals(slaIncidentCommunication) && Boolean.TRUE.equals(slaDataInEu);
        }

        @Override
        public void check(FormChecks checks) {
            checks.require("slaGaps", slasComplete() || hasText(slaGaps),
                    "is verplicht als een afspraak met ICT-leveranciers ontbreekt");
        }
    }

    @TaskForm(id = "weerbaar-continuiteit-personeel", title = "Continuïteit van het personeel vastleggen",
            description = "Een deel van het personeel is bij een crisis zelf getroffen of elders nodig (maatregel"
                    + " 1.7). Leg het kernteam vast en hoeveel reservisten en mantelzorgers er werken.")
    public record StaffContinuity(
            @Field(label = "Kernteam", description = "Functies of namen van wie de kritieke processen bij uitval"
                    + " draaiende houdt", multiline = true)
            @NotBlank(message = "{weerbaar.form.required}") @Size(max = 4000, message = "{weerbaar.form.max-length}") String coreTeam,
            @Field(label = "Aantal reservisten", description = "Medewerkers die bij een crisis opgeroepen kunnen worden")
            @NotNull(message = "{weerbaar.form.required}") @Min(value = 0, message = "{weerbaar.form.not-negative}") Integer reservistCount,
            @Field(label = "Aantal mantelzorgers", description = "Medewerkers die bij een crisis voor naasten zorgen")
            @NotNull(message = "{weerbaar.form.required}") @Min(value = 0, message = "{weerbaar.form.not-negative}") Integer mantelzorgerCount,
            @Field(label = "Opmerkingen", multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}")
            String staffRemarks) {
    }

    @TaskForm(id = "weerbaar-continuiteit-oefening", title = "Continuïteitsplannen testen",
            description = "Test de continuïteitsplannen met een oefening, met een brede vertegenwoordiging uit de"
                    + " organisatie (maatregel 1.5; BIO 5.30.01: jaarlijks). Niet geslaagd: de plannen gaan terug"
                    + " naar de controle van de waarborgen.",
            context = {@Context(variable = "processResultsSummary", label = "Kritieke processen", multiline = true),
                    @Context(variable = "safeguards", label = "Waarborgen", multiline = true)})
    public record ExerciseTest(
            @Field(label = "Datum van de oefening") @NotNull(message = "{weerbaar.form.required}") LocalDate exerciseDate,
            @Field(label = "Uitkomst") @NotNull(message = "{weerbaar.form.required}") ExerciseResult exerciseResult,
            @Field(label = "Bevindingen", multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}")
            String exerciseFindings) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("exerciseFindings", exerciseResult != ExerciseResult.NIET_GESLAAGD
                    || hasText(exerciseFindings), "is verplicht als de test niet is geslaagd: wat moet er anders");
        }
    }

    @TaskForm(id = "weerbaar-continuiteit-goedkeuring", title = "Continuïteitstoets goedkeuren",
            description = "Beoordeel de toetsing als gemeentesecretaris. Afkeuren: de BCM-coördinator begint opnieuw"
                    + " bij de inventarisatie van de kritieke processen.",
            context = {@Context(variable = "processResultsSummary", label = "Kritieke processen", multiline = true),
                    @Context(variable = "safeguards", label = "Waarborgen", multiline = true),
                    @Context(variable = "slaGaps", label = "Ontbrekende afspraken met ICT-leveranciers",
                            multiline = true),
                    @Context(variable = "coreTeam", label = "Kernteam", multiline = true),
                    @Context(variable = "reservistCount", label = "Aantal reservisten"),
                    @Context(variable = "mantelzorgerCount", label = "Aantal mantelzorgers"),
                    @Context(variable = "exerciseDate", label = "Datum van de oefening"),
                    @Context(variable = "exerciseFindings", label = "Bevindingen van de oefening", multiline = true)})
    public record Approval(
            @Field(label = "Besluit") @NotNull(message = "{weerbaar.form.required}") Decision approvalDecision,
            @Field(label = "Toelichting", multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}")
            String approvalComment) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("approvalComment", approvalDecision != Decision.AFGEKEURD || hasText(approvalComment),
                    "is verplicht bij afkeuren: wat moet er opnieuw");
        }
    }

    @TaskForm(id = "weerbaar-continuiteit-college", title = "Rapporteren aan het college",
            description = "Leg de goedgekeurde toetsing voor aan het college van burgemeester en wethouders en leg"
                    + " vast wanneer het college erover besloot en onder welk nummer.",
            context = {@Context(variable = "processResultsSummary", label = "Kritieke processen", multiline = true),
                    @Context(variable = "approvalComment", label = "Toelichting van de gemeentesecretaris",
                            multiline = true)})
    public record CollegeReport(
            @Field(label = "Datum collegebesluit") @NotNull(message = "{weerbaar.form.required}") LocalDate collegeDate,
            @Field(label = "Besluitnummer") @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 100, message = "{weerbaar.form.max-length}") String collegeDecisionNumber,
            @Field(label = "Opmerkingen van het college", multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}")
            String collegeRemarks) {
    }
}
