package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.crisis.internal.ReopenRefsValidationListener;
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

import java.time.OffsetDateTime;
import java.util.List;

import static nl.weerbaar.bpmn.forms.FormChecks.hasText;

/**
 * The task forms of {@code weerbaar-crisis}, one record per kind of user task: the checklist (the same for every
 * phase) and the evaluation.
 */
public final class CrisisForms {

    /** Every form of the process, for registration. */
    public static final List<Class<? extends Record>> ALL = List.of(Checklist.class, Decision.class,
            Evaluation.class);


    private CrisisForms() {
    }

    @TaskForm(id = "weerbaar-crisis-checklist", title = "Crisismaatregel afvinken",
            description = "Geef aan of deze maatregel uit de handreiking in deze fase van de crisis op orde is."
                    + " Niet gereed of niet van toepassing: licht toe waarom.",
            context = {@Context(variable = "scenarioLabel", label = "Scenario"),
                    @Context(variable = "phase", label = "Fase"),
                    @Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "measureTitle", label = "Titel"),
                    @Context(variable = "measureText", label = "Wat de handreiking vraagt", multiline = true)})
    public record Checklist(
            @Field(label = "Status") @NotNull(message = "{weerbaar.form.required}") ChecklistStatus checklistStatus,
            @Field(label = "Toelichting", description = "Verplicht als de maatregel niet gereed of niet van"
                    + " toepassing is", multiline = true)
            @Size(max = 2000, message = "{weerbaar.form.max-length}") String checklistNote)
            implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("checklistNote", checklistStatus == ChecklistStatus.GEREED || hasText(checklistNote),
                    "is verplicht als de maatregel niet gereed of niet van toepassing is");
        }
    }

    /** What kind of decision is recorded. */
    public enum DecisionKind implements Option {
        @Label("Besluit")
        BESLUIT,
        @Label("Afschalen: de warme fase eindigt, de nafase begint")
        AFSCHALEN
    }

    /**
     * One entry of the besluitenlijst. That the moment lies within the crisis is checked by
     * {@code DecisionLogListener}, which knows when the disruption began.
     */
    @TaskForm(id = "weerbaar-crisis-besluit", title = "Besluit vastleggen",
            description = "Leg elk besluit dat tijdens de crisis wordt genomen vast in de besluitenlijst: wat, door wie"
                    + " en wanneer. Besluiten de burgemeester of het beleidsteam tot afschalen, kies dan 'Afschalen':"
                    + " openstaande checklists vervallen en de nafase begint. Na elk besluit staat de taak klaar voor"
                    + " het volgende.",
            context = {@Context(variable = "scenarioLabel", label = "Scenario"),
                    @Context(variable = "disruptionStart", label = "Begin van de verstoring")})
    public record Decision(
            @Field(label = "Soort") @NotNull(message = "{weerbaar.form.required}") DecisionKind decisionKind,
            @Field(label = "Besluit", multiline = true) @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 1000, message = "{weerbaar.form.max-length}") String decision,
            @Field(label = "Genomen door", description = "Bijv. burgemeester, beleidsteam (GBT) of ROT")
            @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 200, message = "{weerbaar.form.max-length}") String decidedBy,
            @Field(label = "Genomen op", description = "Leeg: nu") OffsetDateTime decidedAt,
            @Field(label = "Toelichting", multiline = true)
            @Size(max = 1000, message = "{weerbaar.form.max-length}") String decisionNote) {
    }

    /**
     * Whether each named ref is in the tenant's catalog is checked by {@link ReopenRefsValidationListener}: a form
     * record cannot reach the catalog.
     */
    @TaskForm(id = "weerbaar-crisis-evaluatie", title = "Crisis evalueren",
            description = "De crisis is voorbij. Leg de bevindingen vast, met de besluitenlijst erbij, en noem de"
                    + " maatregelen waarvan de herbeoordeling nu moet worden heropend; hun bevoegd gezag beoordeelt ze"
                    + " opnieuw.",
            context = {@Context(variable = "scenarioLabel", label = "Scenario"),
                    @Context(variable = "decisionLogText", label = "Besluitenlijst", multiline = true)})
    public record Evaluation(
            @Field(label = "Bevindingen", multiline = true) @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 3000, message = "{weerbaar.form.max-length}") String evaluationFindings,
            @Field(label = "Maatregelen opnieuw beoordelen", description = "Nummers uit de catalogus, gescheiden"
                    + " door komma's of op aparte regels, bijv. 2.1, 4.3", multiline = true)
            @Size(max = 1000, message = "{weerbaar.form.max-length}") String reopenRefs) {
    }
}
