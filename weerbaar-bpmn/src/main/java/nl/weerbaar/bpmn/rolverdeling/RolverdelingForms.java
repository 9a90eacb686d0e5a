package nl.weerbaar.bpmn.rolverdeling;

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
 * The task forms of {@code weerbaar-rolverdeling} and {@code weerbaar-rolverdeling-regio}. That the parties named
 * are in the gemeente's catalog is checked by a listener: a form record cannot reach the catalog.
 */
public final class RolverdelingForms {

    /** The forms of the gemeente's process. */
    public static final List<Class<? extends Record>> GEMEENTE = List.of(Proposal.class, GemeenteConfirmation.class);
    /** The forms of the region's process. */
    public static final List<Class<? extends Record>> REGIO = List.of(RegionConfirmation.class);

    private RolverdelingForms() {
    }

    /** Who is eindverantwoordelijk. */
    public enum ResponsibleChoice implements Option {
        @Label("De gemeente")
        GEMEENTE,
        @Label("De veiligheidsregio")
        VEILIGHEIDSREGIO,
        @Label("Een andere partij")
        ANDERE_PARTIJ
    }

    /** A party's answer to the proposed agreement. */
    public enum Confirmation implements Option {
        @Label("Bevestigd")
        BEVESTIGD,
        @Label("Niet bevestigd: de afspraak moet anders")
        AFGEWEZEN
    }

    @TaskForm(id = "weerbaar-rolverdeling-vastleggen", title = "Rolverdeling vastleggen",
            description = "Leg vast wat gemeente en veiligheidsregio hebben afgesproken over deze maatregel: wie"
                    + " eindverantwoordelijk is, wie ondersteunt, en de afspraak zelf. Daarna bevestigen het bevoegd"
                    + " gezag van de gemeente en de veiligheidsregio elk de afspraak.",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "measureTitle", label = "Titel"),
                    @Context(variable = "currentRolverdeling", label = "Huidige rolverdeling", multiline = true),
                    @Context(variable = "gemeenteComment", label = "Waarom de gemeente niet bevestigde",
                            multiline = true),
                    @Context(variable = "regionComment", label = "Waarom de veiligheidsregio niet bevestigde",
                            multiline = true)})
    public record Proposal(
            @Field(label = "Eindverantwoordelijk") @NotNull(message = "{weerbaar.form.required}")
            ResponsibleChoice responsibleChoice,
            @Field(label = "Andere partij", description = "Code of naam uit de catalogus, bijv. provincies of GGD;"
                    + " verplicht bij een andere partij")
            @Size(max = 200, message = "{weerbaar.form.max-length}") String otherParty,
            @Field(label = "Ondersteunende partijen", description = "Codes of namen uit de catalogus, gescheiden door"
                    + " komma's, bijv. gemeenten, GHOR, brandweer")
            @Size(max = 1000, message = "{weerbaar.form.max-length}") String supportingEntered,
            @Field(label = "Datum van de afspraak") @NotNull(message = "{weerbaar.form.required}")
            LocalDate agreementDate,
            @Field(label = "Kenmerk van de afspraak", description = "Bijv. het kenmerk van het besluit of convenant")
            @NotBlank(message = "{weerbaar.form.required}") @Size(max = 200, message = "{weerbaar.form.max-length}")
            String agreementReference,
            @Field(label = "Toelichting", multiline = true) @Size(max = 3000, message = "{weerbaar.form.max-length}")
            String agreementNote) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("otherParty", responsibleChoice != ResponsibleChoice.ANDERE_PARTIJ || hasText(otherParty),
                    "is verplicht als een andere partij eindverantwoordelijk is");
        }
    }

    @TaskForm(id = "weerbaar-rolverdeling-bevestigen", title = "Rolverdeling bevestigen namens de gemeente",
            description = "Bevestig als bevoegd gezag de afspraak met de veiligheidsregio, of geef aan wat er anders"
                    + " moet. Na uw bevestiging bevestigt de veiligheidsregio.",
            context = {@Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "measureTitle", label = "Titel"),
                    @Context(variable = "currentRolverdeling", label = "Huidige rolverdeling", multiline = true),
                    @Context(variable = "proposedRolverdeling", label = "Voorgestelde rolverdeling", multiline = true),
                    @Context(variable = "agreementNote", label = "Toelichting", multiline = true)})
    public record GemeenteConfirmation(
            @Field(label = "Besluit") @NotNull(message = "{weerbaar.form.required}") Confirmation gemeenteDecision,
            @Field(label = "Toelichting", multiline = true) @Size(max = 3000, message = "{weerbaar.form.max-length}")
            String gemeenteComment) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("gemeenteComment", gemeenteDecision != Confirmation.AFGEWEZEN || hasText(gemeenteComment),
                    "is verplicht als u niet bevestigt: wat moet er anders");
        }
    }

    @TaskForm(id = "weerbaar-rolverdeling-regio-bevestigen", title = "Rolverdeling bevestigen namens de veiligheidsregio",
            description = "Een gemeente legde een afspraak met de veiligheidsregio vast over een maatregel en haar"
                    + " bevoegd gezag bevestigde die. Bevestig de afspraak namens de veiligheidsregio, of geef aan wat"
                    + " er anders moet. Trekt de regio de maatregel, dan voert zij hem na uw bevestiging voor deze"
                    + " gemeente uit.",
            context = {@Context(variable = "gemeente", label = "Gemeente"),
                    @Context(variable = "measureRef", label = "Maatregel"),
                    @Context(variable = "measureTitle", label = "Titel"),
                    @Context(variable = "proposedRolverdeling", label = "Voorgestelde rolverdeling", multiline = true),
                    @Context(variable = "agreementNote", label = "Toelichting van de gemeente", multiline = true)})
    public record RegionConfirmation(
            @Field(label = "Besluit") @NotNull(message = "{weerbaar.form.required}") Confirmation regionDecision,
            @Field(label = "Kenmerk van de veiligheidsregio", description = "Optioneel, bijv. het kenmerk van het"
                    + " besluit van het bestuur")
            @Size(max = 200, message = "{weerbaar.form.max-length}") String regionReference,
            @Field(label = "Toelichting", multiline = true) @Size(max = 3000, message = "{weerbaar.form.max-length}")
            String regionComment) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("regionComment", regionDecision != Confirmation.AFGEWEZEN || hasText(regionComment),
                    "is verplicht als u niet bevestigt: wat moet er anders");
        }
    }
}
