package nl.weerbaar.bpmn.measure;

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
import java.util.regex.Pattern;

import static nl.weerbaar.bpmn.forms.FormChecks.hasText;

/**
 * The task forms of {@code weerbaar-maatregel}, one record per user task.
 */
public final class MeasureForms {

    /** Every form of the process, for registration. */
    public static final List<Class<? extends Record>> ALL = List.of(Intake.class, NotApplicableReview.class,
            Plan.class, Execution.class, Evidence.class, Review.class, Escalation.class, ReReview.class);

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private MeasureForms() {
    }

    /** Whether the measure applies in this gemeente. */
    public enum Applicability implements Option {
        @Label("Van toepassing")
        VAN_TOEPASSING,
        @Label("Niet van toepassing")
        NIET_VAN_TOEPASSING
    }

    /** The outcome of the periodic re-review. */
    public enum ReReviewDecision implements Option {
        @Label("Nog steeds op orde")
        NOG_OP_ORDE,
        @Label("Heropenen: opnieuw uitvoeren")
        HEROPENEN
    }

    @TaskForm(id = "weerbaar-maatregel-intake", title = "Intake van de maatregel",
            description = "Bepaal of de maatregel in de gemeente van toepassing is. Zo ja: wie is eigenaar en"
                    + " wanneer moet hij gereed zijn. Zo nee: waarom niet; het bevoegd gezag beoordeelt dat.",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "measureTitle", label = "Titel"),
                    @Context(variable = "measureText", label = "Wat de handreiking vraagt", multiline = true),
                    @Context(variable = "pillarName", label = "Pijler"),
                    @Context(variable = "phases", label = "Fasen"),
                    @Context(variable = "responsible", label = "Eindverantwoordelijk"),
                    @Context(variable = "partners", label = "Samenwerkingspartners"),
                    @Context(variable = "rolverdeling", label = "Rolverdeling", multiline = true)})
    public record Intake(
            @Field(label = "Toepasbaarheid") @NotNull(message = "{weerbaar.form.required}") Applicability applicability,
            @Field(label = "Eigenaar", description = "Gebruikersnaam of team dat de maatregel uitvoert")
            @Size(max = 200, message = "{weerbaar.form.max-length}") String owner,
            @Field(label = "Gereed op") LocalDate dueDate,
            @Field(label = "Reden niet van toepassing", multiline = true) String notApplicableReason)
            implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            boolean applies = applicability == Applicability.VAN_TOEPASSING;
            checks.require("owner", !applies || hasText(owner), "{weerbaar.form.required-if-applicable}")
                    .require("dueDate", !applies || dueDate != null, "{weerbaar.form.required-if-applicable}")
                    .require("notApplicableReason", applies || hasText(notApplicableReason),
                            "is verplicht als de maatregel niet van toepassing is");
        }
    }

    @TaskForm(id = "weerbaar-maatregel-nvt-beoordeling", title = "Niet van toepassing beoordelen",
            description = "De eigenaar stelt voor deze maatregel niet uit te voeren. Beoordeel de reden als"
                    + " bevoegd gezag van de pijler.",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "measureTitle", label = "Titel"),
                    @Context(variable = "measureText", label = "Wat de handreiking vraagt", multiline = true),
                    @Context(variable = "notApplicableReason", label = "Reden niet van toepassing", multiline = true)})
    public record NotApplicableReview(
            @Field(label = "Besluit") @NotNull(message = "{weerbaar.form.required}") Decision notApplicableDecision,
            @Field(label = "Toelichting", multiline = true) String notApplicableComment) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("notApplicableComment", notApplicableDecision != Decision.AFGEKEURD
                    || hasText(notApplicableComment), "is verplicht bij afkeuren");
        }
    }

    @TaskForm(id = "weerbaar-maatregel-plan", title = "Plan van aanpak opstellen",
            description = "Beschrijf hoe de maatregel wordt uitgevoerd: stappen, betrokken partners en middelen.",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "measureText", label = "Wat de handreiking vraagt", multiline = true),
                    @Context(variable = "owner", label = "Eigenaar"),
                    @Context(variable = "dueDate", label = "Gereed op")})
    public record Plan(
            @Field(label = "Plan van aanpak", multiline = true) @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String plan) {
    }

    @TaskForm(id = "weerbaar-maatregel-uitvoering", title = "Maatregel uitvoeren",
            description = "Voer het plan uit en vat samen wat er is gedaan.",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "plan", label = "Plan van aanpak", multiline = true),
                    @Context(variable = "reviewComment", label = "Opmerkingen van de vorige beoordeling",
                            multiline = true)})
    public record Execution(
            @Field(label = "Wat is er gedaan", multiline = true) @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String executionSummary) {
    }

    @TaskForm(id = "weerbaar-maatregel-bewijs", title = "Bewijs vastleggen",
            description = "Leg vast waaruit blijkt dat de maatregel is uitgevoerd: links naar documenten (één per"
                    + " regel) en/of bijlagen bij de taak.",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "executionSummary", label = "Wat is er gedaan", multiline = true)})
    public record Evidence(
            @Field(label = "Links naar bewijs", description = "Eén http(s)-link per regel", multiline = true)
            String evidenceLinks,
            @Field(label = "Toelichting", multiline = true) String evidenceNote) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            List<String> links = hasText(evidenceLinks) ? evidenceLinks.strip().lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList() : List.of();
            checks.require("evidenceLinks", !links.isEmpty() || checks.attachments() > 0,
                    "geef minstens één link of voeg een bijlage toe")
                    .require("evidenceLinks", links.stream().allMatch(l -> LINK.matcher(l).matches()),
                            "elke regel moet een link zijn die begint met http:// of https://");
        }
    }

    @TaskForm(id = "weerbaar-maatregel-beoordeling", title = "Maatregel beoordelen",
            description = "Beoordeel als bevoegd gezag van de pijler — of, voor een maatregel die de veiligheidsregio"
                    + " trekt, als bestuur van de regio — of de maatregel is uitgevoerd zoals de handreiking vraagt.",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "rolverdeling", label = "Rolverdeling", multiline = true),
                    @Context(variable = "measureText", label = "Wat de handreiking vraagt", multiline = true),
                    @Context(variable = "executionSummary", label = "Wat is er gedaan", multiline = true),
                    @Context(variable = "evidenceLinks", label = "Links naar bewijs", multiline = true)})
    public record Review(
            @Field(label = "Besluit") @NotNull(message = "{weerbaar.form.required}") Decision reviewDecision,
            @Field(label = "Opmerkingen", multiline = true) String reviewComment) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("reviewComment", reviewDecision != Decision.AFGEKEURD || hasText(reviewComment),
                    "is verplicht bij afkeuren: wat moet er nog gebeuren");
        }
    }

    @TaskForm(id = "weerbaar-maatregel-escalatie", title = "Te late maatregel bespreken",
            description = "De termijn van deze maatregel is verstreken zonder goedkeuring. Spreek met de eigenaar"
                    + " af hoe het verder gaat.",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "measureTitle", label = "Titel"),
                    @Context(variable = "owner", label = "Eigenaar"),
                    @Context(variable = "dueDate", label = "Gereed op")})
    public record Escalation(
            @Field(label = "Afspraken", multiline = true) @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 3000, message = "{weerbaar.form.max-length}") String escalationAction) {
    }

    @TaskForm(id = "weerbaar-maatregel-herbeoordeling", title = "Maatregel herbeoordelen",
            description = "Periodieke herbeoordeling: is de maatregel nog steeds op orde?",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "reReviewReason", label = "Reden voor herbeoordeling", multiline = true),
                    @Context(variable = "measureText", label = "Wat de handreiking vraagt", multiline = true),
                    @Context(variable = "executionSummary", label = "Wat is er gedaan", multiline = true)})
    public record ReReview(
            @Field(label = "Besluit") @NotNull(message = "{weerbaar.form.required}") ReReviewDecision reReviewDecision,
            @Field(label = "Toelichting", multiline = true) String reReviewComment,
            @Field(label = "Nieuwe termijn", description = "Verplicht bij heropenen") LocalDate newDueDate)
            implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            boolean reopen = reReviewDecision == ReReviewDecision.HEROPENEN;
            checks.require("reReviewComment", !reopen || hasText(reReviewComment), "{weerbaar.form.required-on-reopen}")
                    .require("newDueDate", !reopen || newDueDate != null, "{weerbaar.form.required-on-reopen}");
        }
    }
}
