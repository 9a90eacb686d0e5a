package nl.weerbaar.bpmn.zienswijze;

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

import java.time.LocalDate;
import java.util.List;

import static nl.weerbaar.bpmn.forms.FormChecks.hasText;

/**
 * The task forms of {@code weerbaar-zienswijze-gemeente}, one record per user task.
 */
public final class ZienswijzeGemeenteForms {

    /** Every form of the process, for registration. */
    public static final List<Class<? extends Record>> ALL = List.of(Analysis.class, CollegeProposal.class,
            Raadsvoorstel.class, RaadDecision.class, Sending.class);


    private ZienswijzeGemeenteForms() {
    }

    /** Whether to give a zienswijze: the advice, the college's proposal and the raad's decision. */
    public enum ZienswijzeChoice implements Option {
        @Label("Zienswijze indienen")
        ZIENSWIJZE_INDIENEN,
        @Label("Geen zienswijze indienen")
        GEEN_ZIENSWIJZE
    }

    @TaskForm(id = "weerbaar-zienswijze-gemeente-analyse", title = "Ontwerpbegroting analyseren",
            description = "Analyseer de ontwerpbegroting van de veiligheidsregio: wat betekent zij voor de bijdrage"
                    + " van de gemeente en voor de crisisorganisatie, en is een zienswijze nodig?",
            context = {@Context(variable = "regionName", label = "Veiligheidsregio"),
                    @Context(variable = "budgetYear", label = "Begrotingsjaar"),
                    @Context(variable = "draftBudgetLink", label = "Vindplaats ontwerpbegroting"),
                    @Context(variable = "zienswijzeDeadline", label = "Zienswijze uiterlijk op")})
    public record Analysis(
            @Field(label = "Analyse", multiline = true) @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String analysis,
            @Field(label = "Advies") @NotNull(message = "{weerbaar.form.required}") ZienswijzeChoice analysisAdvice) {
    }

    @TaskForm(id = "weerbaar-zienswijze-gemeente-collegevoorstel", title = "Collegevoorstel vaststellen",
            description = "Het college stelt de raad voor wel of geen zienswijze in te dienen, met een concept als"
                    + " het een zienswijze voorstelt.",
            context = {@Context(variable = "regionName", label = "Veiligheidsregio"),
                    @Context(variable = "budgetYear", label = "Begrotingsjaar"),
                    @Context(variable = "analysis", label = "Ambtelijke analyse", multiline = true),
                    @Context(variable = "zienswijzeDeadline", label = "Zienswijze uiterlijk op")})
    public record CollegeProposal(
            @Field(label = "Voorstel aan de raad") @NotNull(message = "{weerbaar.form.required}") ZienswijzeChoice collegeProposal,
            @Field(label = "Concept-zienswijze", multiline = true)
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String collegeDraftZienswijze,
            @Field(label = "Vastgesteld door het college op") @NotNull(message = "{weerbaar.form.required}")
            LocalDate collegeDecisionDate) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("collegeDraftZienswijze", collegeProposal != ZienswijzeChoice.ZIENSWIJZE_INDIENEN
                    || hasText(collegeDraftZienswijze), "is verplicht als het college een zienswijze voorstelt");
        }
    }

    @TaskForm(id = "weerbaar-zienswijze-gemeente-raadsvoorstel", title = "Raadsvoorstel opstellen",
            description = "Maak van het collegevoorstel een raadsvoorstel en plan het in een raadsvergadering vóór"
                    + " het einde van de zienswijzetermijn.",
            context = {@Context(variable = "collegeProposal", label = "Voorstel van het college"),
                    @Context(variable = "collegeDraftZienswijze", label = "Concept-zienswijze", multiline = true),
                    @Context(variable = "zienswijzeDeadline", label = "Zienswijze uiterlijk op")})
    public record Raadsvoorstel(
            @Field(label = "Raadsvoorstel", description = "Nummer of link van het raadsvoorstel")
            @NotBlank(message = "{weerbaar.form.required}") @Size(max = 1000, message = "{weerbaar.form.max-length}")
            String raadsvoorstel,
            @Field(label = "Raadsvergadering op") @NotNull(message = "{weerbaar.form.required}") LocalDate raadMeetingDate) {
    }

    @TaskForm(id = "weerbaar-zienswijze-gemeente-raadsbesluit", title = "Raadsbesluit vastleggen",
            description = "Leg vast wat de raad heeft besloten: een zienswijze indienen (met de tekst zoals"
                    + " vastgesteld) of geen zienswijze indienen.",
            context = {@Context(variable = "raadsvoorstel", label = "Raadsvoorstel"),
                    @Context(variable = "collegeDraftZienswijze", label = "Concept-zienswijze", multiline = true),
                    @Context(variable = "zienswijzeDeadline", label = "Zienswijze uiterlijk op")})
    public record RaadDecision(
            @Field(label = "Besluit van de raad") @NotNull(message = "{weerbaar.form.required}") ZienswijzeChoice raadDecision,
            @Field(label = "Besloten op") @NotNull(message = "{weerbaar.form.required}") LocalDate raadDecisionDate,
            @Field(label = "Zienswijze zoals vastgesteld", multiline = true)
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String zienswijzeText) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("zienswijzeText", raadDecision != ZienswijzeChoice.ZIENSWIJZE_INDIENEN
                    || hasText(zienswijzeText), "is verplicht als de raad een zienswijze indient");
        }
    }

    @TaskForm(id = "weerbaar-zienswijze-gemeente-verzenden", title = "Zienswijze versturen",
            description = "Stuur de zienswijze van de raad naar het dagelijks bestuur van de veiligheidsregio,"
                    + " binnen de termijn.",
            context = {@Context(variable = "regionName", label = "Veiligheidsregio"),
                    @Context(variable = "zienswijzeText", label = "Zienswijze", multiline = true),
                    @Context(variable = "zienswijzeDeadline", label = "Zienswijze uiterlijk op")})
    public record Sending(
            @Field(label = "Verstuurd op") @NotNull(message = "{weerbaar.form.required}") LocalDate zienswijzeSentOn) {
    }
}
