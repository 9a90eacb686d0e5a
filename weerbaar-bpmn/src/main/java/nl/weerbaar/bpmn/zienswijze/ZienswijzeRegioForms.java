package nl.weerbaar.bpmn.zienswijze;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.weerbaar.bpmn.forms.Field;
import nl.weerbaar.bpmn.forms.Label;
import nl.weerbaar.bpmn.forms.Option;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.bpmn.forms.TaskForm.Context;

import java.time.LocalDate;
import java.util.List;

/**
 * The task forms of {@code weerbaar-zienswijze-regio}, one record per user task.
 */
public final class ZienswijzeRegioForms {

    /** Every form of the process, for registration. */
    public static final List<Class<? extends Record>> ALL = List.of(Kaders.class, DraftBudget.class, Answer.class,
            Adoption.class, ToProvince.class, ProvinceEscalation.class);


    private ZienswijzeRegioForms() {
    }

    /** What the algemeen bestuur does with a zienswijze. */
    public enum AnswerDecision implements Option {
        @Label("Overgenomen")
        OVERGENOMEN,
        @Label("Gedeeltelijk overgenomen")
        GEDEELTELIJK_OVERGENOMEN,
        @Label("Niet overgenomen")
        NIET_OVERGENOMEN
    }

    @TaskForm(id = "weerbaar-zienswijze-regio-kaders", title = "Kaders en voorlopige jaarrekening versturen",
            description = "Stuur de algemene financiële en beleidsmatige kaders en de voorlopige jaarrekening naar"
                    + " de raden van de deelnemende gemeenten (Wgr art. 34b) en leg vast wanneer.",
            context = {@Context(variable = "budgetYear", label = "Begrotingsjaar"),
                    @Context(variable = "kadersDueDate", label = "Uiterlijk te versturen op")})
    public record Kaders(
            @Field(label = "Verstuurd op") @NotNull(message = "{weerbaar.form.required}") LocalDate kadersSentOn) {
    }

    @TaskForm(id = "weerbaar-zienswijze-regio-ontwerpbegroting", title = "Ontwerpbegroting versturen",
            description = "Stuur de ontwerpbegroting naar de raden. Zij hebben vanaf dan twaalf weken voor hun"
                    + " zienswijze; het algemeen bestuur stelt de begroting niet eerder vast (Wgr art. 35(1) en (3)).",
            context = {@Context(variable = "budgetYear", label = "Begrotingsjaar")})
    public record DraftBudget(
            @Field(label = "Verstuurd op") @NotNull(message = "{weerbaar.form.required}") LocalDate draftBudgetSentOn,
            @Field(label = "Vindplaats ontwerpbegroting", description = "Link naar het document, voor de gemeenten")
            @Size(max = 1000, message = "{weerbaar.form.max-length}") String draftBudgetLink) {
    }

    @TaskForm(id = "weerbaar-zienswijze-regio-beantwoorden", title = "Zienswijze beantwoorden",
            description = "Het algemeen bestuur beantwoordt elke zienswijze schriftelijk en gemotiveerd (Wgr art."
                    + " 35(3)): wat doet het ermee, en waarom.",
            context = {@Context(variable = "gemeente", label = "Gemeente"),
                    @Context(variable = "submittedZienswijze", label = "Zienswijze van de raad", multiline = true)})
    public record Answer(
            @Field(label = "Wat doet het bestuur ermee") @NotNull(message = "{weerbaar.form.required}") AnswerDecision answerDecision,
            @Field(label = "Motivering", description = "Komt in de schriftelijke reactie aan de raad",
                    multiline = true)
            @NotBlank(message = "{weerbaar.form.zienswijze.answer-reasons}")
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String answerReasons) {
    }

    @TaskForm(id = "weerbaar-zienswijze-regio-vaststellen", title = "Begroting vaststellen",
            description = "Leg vast wanneer het algemeen bestuur de begroting heeft vastgesteld. Dat kan niet"
                    + " voordat de zienswijzetermijn van de raden voorbij is (Wgr art. 35(1)).",
            context = {@Context(variable = "budgetYear", label = "Begrotingsjaar"),
                    @Context(variable = "zienswijzeDeadline", label = "Zienswijzetermijn tot en met")})
    public record Adoption(
            @Field(label = "Vastgesteld op") @NotNull(message = "{weerbaar.form.required}") LocalDate adoptionDate) {
    }

    @TaskForm(id = "weerbaar-zienswijze-regio-naar-gs", title = "Begroting naar Gedeputeerde Staten sturen",
            description = "Stuur de vastgestelde begroting binnen twee weken na vaststelling, en in ieder geval"
                    + " vóór 15 september, naar Gedeputeerde Staten (Wgr art. 34(2)).",
            context = {@Context(variable = "adoptionDate", label = "Vastgesteld op"),
                    @Context(variable = "provinceDueDate", label = "Uiterlijk te versturen op")})
    public record ToProvince(
            @Field(label = "Verstuurd op") @NotNull(message = "{weerbaar.form.required}") LocalDate budgetSentToProvinceOn) {
    }

    @TaskForm(id = "weerbaar-zienswijze-regio-gs-escalatie", title = "Te late inzending aan GS afhandelen",
            description = "De begroting is niet op tijd bij Gedeputeerde Staten (Wgr art. 34(2)). Leg vast wat er"
                    + " gebeurt: wanneer gaat zij alsnog, en is de provincie ingelicht?",
            context = {@Context(variable = "adoptionDate", label = "Vastgesteld op"),
                    @Context(variable = "provinceDueDate", label = "Uiterlijk te versturen op")})
    public record ProvinceEscalation(
            @Field(label = "Afspraken", multiline = true) @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String provinceEscalationAction) {
    }
}
