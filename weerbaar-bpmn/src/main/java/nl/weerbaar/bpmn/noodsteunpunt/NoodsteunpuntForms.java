package nl.weerbaar.bpmn.noodsteunpunt;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.stream.Stream;

import static nl.weerbaar.bpmn.forms.FormChecks.hasText;

/**
 * The task forms of {@code weerbaar-noodsteunpunt}, one record per user task.
 */
public final class NoodsteunpuntForms {

    /** Every form of the process, for registration. */
    public static final List<Class<? extends Record>> ALL = List.of(LocationProposal.class, LocationAssessment.class,
            RoleAgreement.class, Facilities.class, KeyFigures.class, SocialPartners.class, ResidentsInformed.class,
            Exercise.class,
            Fix.class, Declaration.class, Retest.class, RetestFix.class);

    /** Dutch postcode: four digits, the first not 0, an optional space and two capitals. */
    public static final String POSTCODE_PATTERN = "^[1-9][0-9]{3} ?[A-Z]{2}$";
    /** A Dutch phone number: 0, +31 or 0031, then nine digits, optionally grouped by spaces or dashes. */
    public static final String PHONE_PATTERN = "^(\\+31 ?|0031 ?|0)[1-9]([ -]?[0-9]){8}$";


    private NoodsteunpuntForms() {
    }

    /** The two kinds of noodsteunpunt in the NIPV pilot. */
    public enum Kind implements Option {
        @Label("Lokaal noodsteunpunt")
        LOCAAL,
        @Label("Coördinerend noodsteunpunt")
        COORDINEREND
    }

    /** Whether a proposed location will do. */
    public enum LocationDecision implements Option {
        @Label("Geschikt")
        GESCHIKT,
        @Label("Niet geschikt: andere locatie zoeken")
        NIET_GESCHIKT
    }

    /** The outcome of an exercise or a yearly re-test. */
    public enum TestResult implements Option {
        @Label("Geslaagd")
        GESLAAGD,
        @Label("Niet geslaagd: gebreken herstellen")
        NIET_GESLAAGD
    }

    /** The burgemeester's decision on declaring the noodsteunpunt operational. */
    public enum DeclarationDecision implements Option {
        @Label("Operationeel verklaren")
        OPERATIONEEL,
        @Label("Niet operationeel verklaren: eerst gebreken herstellen")
        NIET_OPERATIONEEL
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-locatie", title = "Locatie voorstellen",
            description = "Stel een gebouw voor waar inwoners terechtkunnen als internet en telefoon uitvallen"
                    + " (handreiking 2.2). Een lokaal noodsteunpunt richt de gemeente in; een coördinerend"
                    + " noodsteunpunt de veiligheidsregio, in haar eigen omgeving.",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "locationReasons", label = "Beoordeling van de vorige voorgestelde locatie",
                            multiline = true)})
    public record LocationProposal(
            @Field(label = "Buurt of wijk") @NotBlank(message = "{weerbaar.form.required}") @Size(max = 200, message = "{weerbaar.form.max-length}")
            String neighbourhood,
            @Field(label = "Straat") @NotBlank(message = "{weerbaar.form.required}") @Size(max = 200, message = "{weerbaar.form.max-length}") String street,
            @Field(label = "Huisnummer", description = "Met eventuele toevoeging, bijv. 12a")
            @NotBlank(message = "{weerbaar.form.required}")
            @Pattern(regexp = "^[1-9][0-9]{0,4}( ?[-A-Za-z0-9]{1,6})?$",
                    message = "{weerbaar.form.huisnummer}") String houseNumber,
            @Field(label = "Postcode", description = "Bijv. 3511 AB") @NotBlank(message = "{weerbaar.form.required}")
            @Pattern(regexp = POSTCODE_PATTERN,
                    message = "{weerbaar.form.postcode}")
            String postcode,
            @Field(label = "Soort noodsteunpunt") @NotNull(message = "{weerbaar.form.required}") Kind kind,
            @Field(label = "Naam van het gebouw", description = "Bijv. wijkcentrum, school of sporthal")
            @NotBlank(message = "{weerbaar.form.required}") @Size(max = 200, message = "{weerbaar.form.max-length}") String buildingName,
            @Field(label = "Verwacht aantal inwoners dat het noodsteunpunt bedient")
            @NotNull(message = "{weerbaar.form.required}") @Min(value = 1, message = "{weerbaar.form.min}") Integer inhabitantsServed) {
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-locatiebeoordeling", title = "Locatie beoordelen",
            description = "Beoordeel als veiligheidsregio of de voorgestelde locatie geschikt is: bereikbaar voor"
                    + " inwoners en hulpdiensten, buiten risicogebieden, en bruikbaar zonder stroom en internet.",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "kind", label = "Soort noodsteunpunt"),
                    @Context(variable = "buildingName", label = "Naam van het gebouw"),
                    @Context(variable = "street", label = "Straat"),
                    @Context(variable = "houseNumber", label = "Huisnummer"),
                    @Context(variable = "postcode", label = "Postcode"),
                    @Context(variable = "neighbourhood", label = "Buurt of wijk"),
                    @Context(variable = "inhabitantsServed", label = "Verwacht aantal inwoners")})
    public record LocationAssessment(
            @Field(label = "Oordeel") @NotNull(message = "{weerbaar.form.required}") LocationDecision locationDecision,
            @Field(label = "Redenen", multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}") String locationReasons)
            implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("locationReasons", locationDecision != LocationDecision.NIET_GESCHIKT
                    || hasText(locationReasons), "is verplicht als de locatie niet geschikt is");
        }
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-rollen", title = "Rolverdeling afspreken",
            description = "Spreek met de veiligheidsregio en de beheerder van het gebouw af wie het noodsteunpunt"
                    + " opent en wie wat doet; leg ook de taakverdeling met de hulpdiensten vast (handreiking 2.2).",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "buildingName", label = "Naam van het gebouw"),
                    @Context(variable = "locationReasons", label = "Beoordeling van de locatie", multiline = true)})
    public record RoleAgreement(
            @Field(label = "Sleutelhouder", description = "Naam van wie het gebouw opent")
            @NotBlank(message = "{weerbaar.form.required}") @Size(max = 200, message = "{weerbaar.form.max-length}") String keeperName,
            @Field(label = "Telefoonnummer sleutelhouder (24/7 bereikbaar)", description = "Bijv. 06 12345678")
            @NotBlank(message = "{weerbaar.form.required}")
            @Pattern(regexp = PHONE_PATTERN, message = "{weerbaar.form.telefoonnummer}")
            String keeperPhone,
            @Field(label = "Contactpersoon veiligheidsregio") @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 200, message = "{weerbaar.form.max-length}") String regionContact,
            @Field(label = "Afspraken over de taakverdeling", multiline = true,
                    description = "Wie opent, bemenst en sluit het noodsteunpunt; wat doet het noodsteunpunt en wat"
                            + " doen de hulpdiensten")
            @NotBlank(message = "{weerbaar.form.required}") @Size(max = 4000, message = "{weerbaar.form.max-length}")
            String roleAgreement) {
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-voorzieningen", title = "Voorzieningen regelen",
            description = "Vink aan wat het noodsteunpunt heeft. Informatievoorziening en een analoog"
                    + " communicatiemiddel zijn het minimum. Deelt het noodsteunpunt drinkwater uit, dan houdt"
                    + " Weerbaar het tegen de planningsnormen van de drinkwaterbedrijven voor nooddrinkwater"
                    + " (maatregel 3.2; standaard 3 liter per persoon per dag en één uitgiftepunt per 2.500"
                    + " inwoners). Dat zijn geen normen van de handreiking: een afwijking wordt een waarschuwing"
                    + " die de burgemeester bij de operationeelverklaring ziet.",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "inhabitantsServed", label = "Verwacht aantal inwoners")})
    public record Facilities(
            @Field(label = "Informatievoorziening (informatiebord of -balie)",
                    description = "Verplicht: informatie voor inwoners als internet en telefoon zijn uitgevallen")
            @NotNull(message = "{weerbaar.form.required}")
            @AssertTrue(message = "{weerbaar.form.noodsteunpunt.information}") Boolean informationBoard,
            @Field(label = "Analoog communicatiemiddel (bijv. portofoon of DARES-noodradio)",
                    description = "Verplicht: verbinding met de crisisorganisatie zonder internet en telefoon")
            @NotNull(message = "{weerbaar.form.required}")
            @AssertTrue(message = "{weerbaar.form.noodsteunpunt.analogue-communication}") Boolean analogueCommunication,
            @Field(label = "Noodstroom") Boolean emergencyPower,
            @Field(label = "Drinkwater") Boolean drinkingWater,
            @Field(label = "Drinkwater (liter per dag)",
                    description = "Verplicht bij drinkwater; planningsnorm van de drinkwaterbedrijven: 3 liter per"
                            + " persoon per dag")
            @Min(value = 1, message = "{weerbaar.form.min}") Integer drinkingWaterLitresPerDay,
            @Field(label = "Eerste hulp (EHBO)") Boolean firstAid,
            @Field(label = "Toelichting", multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}")
            String facilitiesNote) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("drinkingWaterLitresPerDay", !Boolean.TRUE.equals(drinkingWater)
                    || drinkingWaterLitresPerDay != null, "is verplicht als er drinkwater is");
        }
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-sleutelfiguren", title = "Sleutelfiguren en vrijwilligers koppelen",
            description = "Verbind mensen uit de wijk aan het noodsteunpunt en betrek wijkagent en sociaal werker"
                    + " (handreiking 4.5).",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "neighbourhood", label = "Buurt of wijk")})
    public record KeyFigures(
            @Field(label = "Sleutelfiguren en vrijwilligers", multiline = true,
                    description = "Eén per regel: naam en organisatie, bijv. 'Fatima el Amrani, buurthuis De Klop'")
            @NotBlank(message = "{weerbaar.form.noodsteunpunt.key-figures}")
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String keyFigures,
            @Field(label = "Wijkagent") @Size(max = 200, message = "{weerbaar.form.max-length}") String neighbourhoodOfficer,
            @Field(label = "Sociaal werker") @Size(max = 200, message = "{weerbaar.form.max-length}") String socialWorker) {
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-sociale-partners", title = "Sociale partners informeren",
            description = "Vertel de sociale partners in de wijk — welzijnswerk, wijkteams, buurthuizen,"
                    + " zorgorganisaties, kerken en moskeeën, vluchtelingenwerk — welke noodsteunpunten voor hun wijk"
                    + " relevant zijn, zodat zij hun mensen ernaartoe kunnen wijzen (handreiking 2.2: 'Sociale"
                    + " partners weten welke noodsteunpunten voor hun wijk relevant zijn').",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "neighbourhood", label = "Buurt of wijk"),
                    @Context(variable = "keyFigures", label = "Sleutelfiguren en vrijwilligers", multiline = true)})
    public record SocialPartners(
            @Field(label = "Geïnformeerde sociale partners", multiline = true,
                    description = "Eén per regel: organisatie en wijk, bijv. 'Welzijn Overvecht, Overvecht-Noord'")
            @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String socialPartners,
            @Field(label = "Geïnformeerd op") @NotNull(message = "{weerbaar.form.required}")
            LocalDate socialPartnersInformedOn,
            @Field(label = "Toelichting", description = "Bijv. welke noodsteunpunten in de buurt ook relevant zijn",
                    multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}")
            String socialPartnersNote) {
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-inwoners", title = "Inwoners informeren",
            description = "Vertel inwoners en ondernemers waar hun noodsteunpunt is en wat zij zelf kunnen doen,"
                    + " bijvoorbeeld met een meterkastkaart (handreiking 5.2).",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "neighbourhood", label = "Buurt of wijk")})
    public record ResidentsInformed(
            @Field(label = "Meterkastkaart") Boolean informedByMeterkastkaart,
            @Field(label = "Brief of huis-aan-huisblad") Boolean informedByLetter,
            @Field(label = "Website van de gemeente") Boolean informedByWebsite,
            @Field(label = "Sociale media") Boolean informedBySocialMedia,
            @Field(label = "Bewonersbijeenkomst") Boolean informedByMeeting,
            @Field(label = "Andere kanalen") @Size(max = 500, message = "{weerbaar.form.max-length}")
            String otherChannels,
            @Field(label = "Geïnformeerd op") @NotNull(message = "{weerbaar.form.required}") LocalDate informedOn)
            implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            boolean anyChannel = Stream.of(informedByMeterkastkaart, informedByLetter, informedByWebsite,
                    informedBySocialMedia, informedByMeeting).anyMatch(Boolean.TRUE::equals);
            checks.require("informedByMeterkastkaart", anyChannel || hasText(otherChannels),
                    "kies minstens één kanaal of noem een ander kanaal");
        }
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-oefening", title = "Noodsteunpunt beproeven in een oefening",
            description = "Oefen het openen en werken van het noodsteunpunt zonder internet en telefoon, met"
                    + " sleutelhouder, sleutelfiguren en veiligheidsregio.",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "drinkingWaterWarnings", label = "Afwijkingen van de drinkwaternorm",
                            multiline = true),
                    @Context(variable = "fixSummary", label = "Wat na de vorige ronde is hersteld", multiline = true)})
    public record Exercise(
            @Field(label = "Datum oefening") @NotNull(message = "{weerbaar.form.required}") LocalDate exerciseDate,
            @Field(label = "Resultaat") @NotNull(message = "{weerbaar.form.required}") TestResult testResult,
            @Field(label = "Bevindingen", multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}") String testFindings) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("testFindings", testResult != TestResult.NIET_GESLAAGD || hasText(testFindings),
                    "is verplicht als de oefening niet geslaagd is: welke gebreken moeten worden hersteld");
        }
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-herstel", title = "Gebreken herstellen",
            description = "Herstel wat de oefening of de burgemeester aan gebreken vond; daarna volgt een nieuwe"
                    + " oefening.",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "testFindings", label = "Bevindingen van de oefening", multiline = true),
                    @Context(variable = "declarationComment", label = "Toelichting van de burgemeester",
                            multiline = true)})
    public record Fix(
            @Field(label = "Wat is hersteld", multiline = true) @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String fixSummary) {
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-verklaring", title = "Noodsteunpunt operationeel verklaren",
            description = "Verklaar als burgemeester — of voor een coördinerend noodsteunpunt als bestuur van de"
                    + " veiligheidsregio — het noodsteunpunt operationeel, of geef aan wat er eerst moet worden"
                    + " hersteld.",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "buildingName", label = "Naam van het gebouw"),
                    @Context(variable = "street", label = "Straat"),
                    @Context(variable = "houseNumber", label = "Huisnummer"),
                    @Context(variable = "postcode", label = "Postcode"),
                    @Context(variable = "keeperName", label = "Sleutelhouder"),
                    @Context(variable = "keeperPhone", label = "Telefoonnummer sleutelhouder"),
                    @Context(variable = "roleAgreement", label = "Afspraken over de taakverdeling", multiline = true),
                    @Context(variable = "drinkingWaterWarnings", label = "Afwijkingen van de drinkwaternorm",
                            multiline = true),
                    @Context(variable = "exerciseDate", label = "Datum oefening"),
                    @Context(variable = "testFindings", label = "Bevindingen van de oefening", multiline = true)})
    public record Declaration(
            @Field(label = "Besluit") @NotNull(message = "{weerbaar.form.required}") DeclarationDecision declarationDecision,
            @Field(label = "Toelichting", multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}")
            String declarationComment) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("declarationComment", declarationDecision != DeclarationDecision.NIET_OPERATIONEEL
                    || hasText(declarationComment), "is verplicht als het noodsteunpunt niet operationeel wordt"
                    + " verklaard: wat moet er eerst worden hersteld");
        }
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-hertest", title = "Jaarlijkse hertest houden",
            description = "Test of het noodsteunpunt nog werkt: sleutelhouder bereikbaar, voorzieningen op orde,"
                    + " sleutelfiguren en vrijwilligers nog beschikbaar.",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "keeperName", label = "Sleutelhouder"),
                    @Context(variable = "keeperPhone", label = "Telefoonnummer sleutelhouder"),
                    @Context(variable = "keyFigures", label = "Sleutelfiguren en vrijwilligers", multiline = true),
                    @Context(variable = "retestFixSummary", label = "Wat na de vorige hertest is hersteld",
                            multiline = true)})
    public record Retest(
            @Field(label = "Datum hertest") @NotNull(message = "{weerbaar.form.required}") LocalDate retestDate,
            @Field(label = "Resultaat") @NotNull(message = "{weerbaar.form.required}") TestResult retestResult,
            @Field(label = "Bevindingen", multiline = true) @Size(max = 4000, message = "{weerbaar.form.max-length}") String retestFindings) implements CheckedForm {

        @Override
        public void check(FormChecks checks) {
            checks.require("retestFindings", retestResult != TestResult.NIET_GESLAAGD || hasText(retestFindings),
                    "is verplicht als de hertest niet geslaagd is: welke gebreken moeten worden hersteld");
        }
    }

    @TaskForm(id = "weerbaar-noodsteunpunt-hertest-herstel", title = "Gebreken na hertest herstellen",
            description = "Herstel wat de jaarlijkse hertest aan gebreken vond; daarna wordt opnieuw getest.",
            context = {@Context(variable = "noodsteunpuntName", label = "Noodsteunpunt"),
                    @Context(variable = "retestFindings", label = "Bevindingen van de hertest", multiline = true)})
    public record RetestFix(
            @Field(label = "Wat is hersteld", multiline = true) @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 4000, message = "{weerbaar.form.max-length}") String retestFixSummary) {
    }
}
