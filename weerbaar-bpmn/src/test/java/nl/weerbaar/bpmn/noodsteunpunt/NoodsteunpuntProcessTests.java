package nl.weerbaar.bpmn.noodsteunpunt;

import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.process.StartRefusedException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.TestEngine.AMERSFOORT;
import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.VR_UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.at;
import static nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntProcessModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static nl.weerbaar.bpmn.ProcessInstanceAssert.assertThat;

/**
 * Drives every path of {@code weerbaar-noodsteunpunt}: the location loop, set-up, the exercise and burgemeester
 * loops through fixing, the yearly re-test timer with its own fixing loop, discontinuation, and every refused form.
 */
class NoodsteunpuntProcessTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private final HistoryService history = engine.getHistoryService();
    private final Noodsteunpunten noodsteunpunten = new Noodsteunpunten(runtime);

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(at(START, 10));
    }


    // --- starting ---

    @Test
    void startsWithTheNameInTheBusinessKeyAndWaitsForALocationProposal() {
        ProcessInstance instance = start(UTRECHT, "Noodsteunpunt Overvecht");

        assertThat(instance).isWaitingAt(PROPOSE_LOCATION).hasBusinessKey("utrecht:noodsteunpunt:Noodsteunpunt Overvecht");
        assertThat(runtime.getVariables(instance.getId())).containsEntry("noodsteunpuntName", "Noodsteunpunt Overvecht")
                .containsEntry("noodsteunpuntStatus", "LOCATIE_VOORSTELLEN");
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-aov-adviseur");
        assertThat(task(instance).getTenantId()).isEqualTo(UTRECHT);
        assertThat(task(instance).getName()).isEqualTo("Locatie voorstellen");
    }

    @Test
    void givesAnInstanceStartedWithoutBusinessKeyTheNoodsteunpuntKey() {
        ProcessInstance instance = InstanceTenant.call(AMERSFOORT, () -> runtime.createProcessInstanceByKey(NoodsteunpuntProcess.KEY)
                .processDefinitionWithoutTenantId()
                .setVariable("noodsteunpuntName", "  Noodsteunpunt Vathorst ")
                .execute());
        started.add(instance.getId());

        assertThat(instance).isWaitingAt(PROPOSE_LOCATION);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey()).isEqualTo("amersfoort:noodsteunpunt:Noodsteunpunt Vathorst");
        assertThat(runtime.getVariable(instance.getId(), "noodsteunpuntName")).isEqualTo("Noodsteunpunt Vathorst");
        assertThat(noodsteunpunten.findActive(AMERSFOORT, "Noodsteunpunt Vathorst")).get()
                .extracting(ProcessInstance::getId).isEqualTo(instance.getId());
    }

    @Test
    void refusesToStartWithoutAName() {
        ProcessEngineException refused = catchThrowableOfType(ProcessEngineException.class,
                () -> InstanceTenant.call(UTRECHT, () -> runtime.createProcessInstanceByKey(NoodsteunpuntProcess.KEY).processDefinitionWithoutTenantId()
                        .execute()));
        IllegalArgumentException blank = catchThrowableOfType(IllegalArgumentException.class,
                () -> noodsteunpunten.start(UTRECHT, "  "));

        assertThat(refused).isInstanceOf(StartRefusedException.class).hasMessage("Noodsteunpunt niet gestart: geef de"
                + " naam mee in de variabele 'noodsteunpuntName', bijvoorbeeld \"Noodsteunpunt Overvecht\".");
        assertThat(blank).hasMessage("a noodsteunpunt needs a name");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NoodsteunpuntProcess.KEY)
                .tenantIdIn(UTRECHT).count()).isZero();
    }

    @Test
    void allowsOneActiveNoodsteunpuntPerGemeenteAndName() {
        ProcessInstance first = start(UTRECHT, "Noodsteunpunt Zuilen");

        Noodsteunpunten.AlreadyStartedException refused = catchThrowableOfType(
                Noodsteunpunten.AlreadyStartedException.class, () -> noodsteunpunten.start(UTRECHT, "Noodsteunpunt Zuilen"));
        ProcessInstance elsewhere = start(AMERSFOORT, "Noodsteunpunt Zuilen");

        assertThat(refused).hasMessage("noodsteunpunt 'Noodsteunpunt Zuilen' loopt al in utrecht (procesinstantie "
                + first.getId() + ")");
        assertThat(refused.processInstanceId()).isEqualTo(first.getId());
        assertThat(elsewhere.getId()).isNotEqualTo(first.getId());
    }

    // --- location ---

    @Test
    void anUnsuitableLocationLoopsBackToANewProposal() {
        ProcessInstance instance = start(UTRECHT, "Noodsteunpunt Kanaleneiland");
        complete(instance, location());

        assertThat(instance).isWaitingAt(ASSESS_LOCATION);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-veiligheidsregio");
        assertThat(status(instance)).isEqualTo("LOCATIE_TER_BEOORDELING");
        complete(instance, Map.of("locationDecision", "NIET_GESCHIKT",
                "locationReasons", "Ligt in het overstromingsgebied van de Vecht."));

        assertThat(instance).isWaitingAt(PROPOSE_LOCATION);
        assertThat(status(instance)).isEqualTo("LOCATIE_VOORSTELLEN");
        assertThat(runtime.getVariable(instance.getId(), "locationReasons"))
                .as("the proposer sees why").isEqualTo("Ligt in het overstromingsgebied van de Vecht.");
        Map<String, Object> elsewhere = location();
        elsewhere.put("street", "Marshalllaan");
        elsewhere.put("houseNumber", "3");
        complete(instance, elsewhere);

        assertThat(instance).isWaitingAt(ASSESS_LOCATION);
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("locationDecision", "locationReasons");
        complete(instance, Map.of("locationDecision", "GESCHIKT"));

        assertThat(instance).isWaitingAt(AGREE_ROLES);
        assertThat(status(instance)).isEqualTo("IN_INRICHTING");
        assertThat(runtime.getVariable(instance.getId(), "street")).isEqualTo("Marshalllaan");
        assertThat(timesPassed(instance, PROPOSE_LOCATION)).isEqualTo(2);
        assertThat(timesPassed(instance, ASSESS_LOCATION)).isEqualTo(2);
    }

    // --- set-up to declaration ---

    @Test
    void setsUpTheNoodsteunpuntAndTheBurgemeesterDeclaresItOperational() {
        ProcessInstance instance = start(UTRECHT, "Noodsteunpunt Overvecht");
        complete(instance, location());
        complete(instance, Map.of("locationDecision", "GESCHIKT", "locationReasons", "Goed bereikbaar, hoog gelegen."));

        assertThat(instance).isWaitingAt(AGREE_ROLES);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-aov-adviseur");
        complete(instance, roles());
        assertThat(instance).isWaitingAt(ARRANGE_FACILITIES);
        complete(instance, facilities());
        assertThat(instance).isWaitingAt(LINK_KEY_FIGURES);
        complete(instance, Map.of("keyFigures", "Fatima el Amrani, buurthuis De Klop",
                "neighbourhoodOfficer", "Wijkagent R. Smit", "socialWorker", "L. de Boer, Buurtteam Overvecht"));
        assertThat(instance).isWaitingAt(INFORM_SOCIAL_PARTNERS);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-aov-adviseur");
        complete(instance, socialPartners());
        assertThat(instance).isWaitingAt(INFORM_RESIDENTS);
        assertThat(status(instance)).isEqualTo("IN_INRICHTING");
        complete(instance, informed());

        assertThat(instance).isWaitingAt(EXERCISE);
        assertThat(status(instance)).isEqualTo("IN_OEFENING");
        complete(instance, exercise("GESLAAGD", null));

        assertThat(instance).isWaitingAt(DECLARE);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-burgemeester");
        assertThat(status(instance)).isEqualTo("TER_VERKLARING");
        complete(instance, Map.of("declarationDecision", "OPERATIONEEL"));

        assertThat(instance).isWaitingAt(WAITING).hasPassed(OPERATIONAL);
        Map<String, Object> variables = runtime.getVariables(instance.getId());
        assertThat(variables).containsEntry("noodsteunpuntStatus", "OPERATIONEEL")
                .containsEntry("operationalSince", at(START, 10))
                .containsEntry("kind", "LOCAAL")
                .containsEntry("postcode", "3563 AB")
                .containsEntry("inhabitantsServed", 800)
                .containsEntry("keeperPhone", "06 12345678")
                .containsEntry("drinkingWaterLitresPerDay", 2400)
                .containsEntry("informedByMeterkastkaart", true)
                .containsEntry("socialPartners", "Welzijn Overvecht, Overvecht-Noord\nVluchtelingenwerk, Overvecht")
                .containsEntry("testResult", "GESLAAGD");
        assertThat(variables.get("drinkingWaterWarnings")).as("2400 litres for 800 inhabitants meets the norm")
                .isNull();
        assertThat(timer(instance, WAIT_FOR_RETEST).getDuedate()).isEqualTo(at(START.plusYears(1), 10));
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    }

    @Test
    void aFailedExerciseGoesToFixingAndBackToANewExercise() {
        ProcessInstance instance = readyForExercise(UTRECHT, "Noodsteunpunt Hoograven");

        complete(instance, exercise("NIET_GESLAAGD", "Portofoon had geen bereik tot het gemeentehuis."));

        assertThat(instance).isWaitingAt(FIX);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-aov-adviseur");
        assertThat(status(instance)).isEqualTo("GEBREKEN_HERSTELLEN");
        assertThat(runtime.getVariable(instance.getId(), "testFindings"))
                .isEqualTo("Portofoon had geen bereik tot het gemeentehuis.");
        complete(instance, Map.of("fixSummary", "Antenne op het dak geplaatst."));

        assertThat(instance).isWaitingAt(EXERCISE);
        assertThat(status(instance)).isEqualTo("IN_OEFENING");
        assertThat(runtime.getVariables(instance.getId())).containsEntry("fixSummary", "Antenne op het dak geplaatst.")
                .doesNotContainKeys("exerciseDate", "testResult", "testFindings");
        complete(instance, exercise("GESLAAGD", null));
        assertThat(instance).isWaitingAt(DECLARE);
        assertThat(timesPassed(instance, EXERCISE)).isEqualTo(2);
    }

    @Test
    void aRefusalByTheBurgemeesterGoesBackToFixingAndThroughANewExercise() {
        ProcessInstance instance = readyForExercise(UTRECHT, "Noodsteunpunt Lunetten");
        complete(instance, exercise("GESLAAGD", "Sleutelhouder was pas na 50 minuten ter plaatse."));

        complete(instance, Map.of("declarationDecision", "NIET_OPERATIONEEL",
                "declarationComment", "Eerst een tweede sleutelhouder in de buurt regelen."));

        assertThat(instance).isWaitingAt(FIX);
        assertThat(status(instance)).isEqualTo("GEBREKEN_HERSTELLEN");
        assertThat(runtime.getVariable(instance.getId(), "declarationComment"))
                .isEqualTo("Eerst een tweede sleutelhouder in de buurt regelen.");
        complete(instance, Map.of("fixSummary", "Tweede sleutelhouder: de conciërge, woont om de hoek."));
        assertThat(instance).isWaitingAt(EXERCISE);
        assertThat(runtime.getVariables(instance.getId()))
                .doesNotContainKeys("declarationDecision", "declarationComment", "testResult");
        complete(instance, exercise("GESLAAGD", null));
        assertThat(instance).isWaitingAt(DECLARE);
        complete(instance, Map.of("declarationDecision", "OPERATIONEEL"));

        assertThat(instance).isWaitingAt(WAITING);
        assertThat(status(instance)).isEqualTo("OPERATIONEEL");
        assertThat(timesPassed(instance, DECLARE)).isEqualTo(2);
    }

    // --- yearly re-test ---

    @Test
    void aPassedYearlyRetestWaitsForTheNextYear() {
        ProcessInstance instance = operational(UTRECHT, "Noodsteunpunt Leidsche Rijn");

        fireRetest(instance);
        assertThat(instance).isWaitingAt(RETEST);
        assertThat(status(instance)).isEqualTo("HERTEST");
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-aov-adviseur");
        complete(instance, Map.of("retestDate", "2027-01-12", "retestResult", "GESLAAGD"));

        assertThat(instance).isWaitingAt(WAITING);
        assertThat(status(instance)).isEqualTo("OPERATIONEEL");
        assertThat(timer(instance, WAIT_FOR_RETEST).getDuedate()).isEqualTo(at(START.plusYears(2), 10));
        assertThat(runtime.getVariable(instance.getId(), "operationalSince")).isEqualTo(at(START, 10));

        fireRetest(instance);
        assertThat(instance).isWaitingAt(RETEST);
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("retestDate", "retestResult");
        assertThat(timesPassed(instance, RETEST)).isEqualTo(2);
    }

    @Test
    void aFailedYearlyRetestIsFixedAndTestedAgain() {
        ProcessInstance instance = operational(UTRECHT, "Noodsteunpunt Tuinwijk");
        fireRetest(instance);

        complete(instance, Map.of("retestDate", "2027-01-12", "retestResult", "NIET_GESLAAGD",
                "retestFindings", "Aggregaat start niet; sleutelhouder verhuisd."));

        assertThat(instance).isWaitingAt(RETEST_FIX);
        assertThat(status(instance)).isEqualTo("GEBREKEN_NA_HERTEST");
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-aov-adviseur");
        complete(instance, Map.of("retestFixSummary", "Aggregaat onderhouden; nieuwe sleutelhouder."));

        assertThat(instance).isWaitingAt(RETEST);
        assertThat(status(instance)).isEqualTo("HERTEST");
        assertThat(runtime.getVariables(instance.getId()))
                .containsEntry("retestFixSummary", "Aggregaat onderhouden; nieuwe sleutelhouder.")
                .doesNotContainKeys("retestResult", "retestFindings");
        complete(instance, Map.of("retestDate", "2027-01-26", "retestResult", "GESLAAGD"));
        assertThat(instance).isWaitingAt(WAITING);
        assertThat(status(instance)).isEqualTo("OPERATIONEEL");
    }

    // --- discontinuing ---

    @Test
    void discontinuesAnOperationalNoodsteunpuntOnMessage() {
        ProcessInstance instance = operational(UTRECHT, "Noodsteunpunt Wittevrouwen");

        noodsteunpunten.discontinue(UTRECHT, "Noodsteunpunt Wittevrouwen", "Wijkcentrum gesloopt.");

        assertThat(instance).isEnded().hasPassed(DISCONTINUED, END_DISCONTINUED);
        assertThat(historic(instance, "noodsteunpuntStatus")).isEqualTo("OPGEHEVEN");
        assertThat(historic(instance, "discontinueReason")).isEqualTo("Wijkcentrum gesloopt.");
        assertThat(noodsteunpunten.findActive(UTRECHT, "Noodsteunpunt Wittevrouwen")).isEmpty();
    }

    @Test
    void refusesToDiscontinueANoodsteunpuntThatIsStillBeingSetUp() {
        ProcessInstance instance = start(UTRECHT, "Noodsteunpunt Oog in Al");

        MismatchingMessageCorrelationException refused = catchThrowableOfType(
                MismatchingMessageCorrelationException.class,
                () -> noodsteunpunten.discontinue(UTRECHT, "Noodsteunpunt Oog in Al", "Geen gebouw gevonden."));

        assertThat(refused).hasMessageContaining("Cannot correlate message 'weerbaar-noodsteunpunt-opheffen'");
        assertThat(instance).isWaitingAt(PROPOSE_LOCATION);
    }

    // --- refused forms ---

    @Test
    void refusesAPostcodeThatIsNotDutch() {
        ProcessInstance instance = start(UTRECHT, "Noodsteunpunt Dichterswijk");

        for (String postcode : List.of("0563 AB", "35631 AB", "3563 ab", "3563-AB")) {
            Map<String, Object> proposal = location();
            proposal.put("postcode", postcode);
            assertThat(refuse(task(instance), proposal).violations()).as(postcode).containsExactly(
                    new FormViolation("postcode", "Postcode",
                            "is geen geldige postcode (vier cijfers en twee hoofdletters, bijv. 3511 AB)"));
        }
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKey("postcode");

        Map<String, Object> withoutSpace = location();
        withoutSpace.put("postcode", "3563AB");
        complete(instance, withoutSpace);
        assertThat(instance).isWaitingAt(ASSESS_LOCATION);
    }

    @Test
    void refusesAnIncompleteProposalWithABadHouseNumberAndNoInhabitants() {
        ProcessInstance instance = start(UTRECHT, "Noodsteunpunt Rivierenwijk");
        Map<String, Object> proposal = location();
        proposal.remove("neighbourhood");
        proposal.remove("kind");
        proposal.put("houseNumber", "twaalf");
        proposal.put("inhabitantsServed", 0);

        FormValidationException refused = refuse(task(instance), proposal);

        assertThat(refused.violations()).extracting(FormViolation::field, FormViolation::message).containsExactly(
                tuple("neighbourhood", "is verplicht"),
                tuple("houseNumber", "is geen huisnummer (bijv. 12, 12a of 12-2)"),
                tuple("kind", "is verplicht"),
                tuple("inhabitantsServed", "moet minstens 1 zijn"));
        assertThat(refused).hasMessageStartingWith("Formulier 'Locatie voorstellen' is niet volledig of niet juist"
                + " ingevuld: Buurt of wijk (neighbourhood): is verplicht");
    }

    @Test
    void refusesAnUnsuitableLocationWithoutReasons() {
        ProcessInstance instance = start(UTRECHT, "Noodsteunpunt Ondiep");
        complete(instance, location());

        FormValidationException refused = refuse(task(instance), Map.of("locationDecision", "NIET_GESCHIKT"));

        assertThat(refused.violations()).containsExactly(new FormViolation("locationReasons", "Redenen",
                "is verplicht als de locatie niet geschikt is"));
        assertThat(instance).isWaitingAt(ASSESS_LOCATION);
    }

    @Test
    void refusesAKeeperPhoneThatIsNotDutchAndAnEmptyAgreement() {
        ProcessInstance instance = atRoles(UTRECHT, "Noodsteunpunt Votulast");
        Map<String, Object> agreement = roles();
        agreement.put("keeperPhone", "12345");
        agreement.put("roleAgreement", " ");

        FormValidationException refused = refuse(task(instance), agreement);

        assertThat(refused.violations()).containsExactly(
                new FormViolation("keeperPhone", "Telefoonnummer sleutelhouder (24/7 bereikbaar)",
                        "is geen Nederlands telefoonnummer (bijv. 06 12345678)"),
                new FormViolation("roleAgreement", "Afspraken over de taakverdeling", "is verplicht"));

        for (String phone : List.of("0612345678", "+31 6 12345678", "030-1234567", "0031 30 123 45 67")) {
            Map<String, Object> otherPhone = roles();
            otherPhone.put("keeperPhone", phone);
            otherPhone.put("roleAgreement", "");
            assertThat(refuse(task(instance), otherPhone).violations()).as("%s is accepted", phone)
                    .extracting(FormViolation::field).containsExactly("roleAgreement");
        }
    }

    @Test
    void refusesFacilitiesWithoutInformationOrAnalogueCommunication() {
        ProcessInstance instance = atFacilities(UTRECHT, "Noodsteunpunt Transwijk");
        Map<String, Object> without = facilities();
        without.put("informationBoard", false);
        without.put("analogueCommunication", false);

        FormValidationException refused = refuse(task(instance), without);

        assertThat(refused.violations()).containsExactly(
                new FormViolation("informationBoard", "Informatievoorziening (informatiebord of -balie)",
                        "is verplicht: een noodsteunpunt geeft ten minste informatie als internet en telefoon zijn"
                                + " uitgevallen"),
                new FormViolation("analogueCommunication",
                        "Analoog communicatiemiddel (bijv. portofoon of DARES-noodradio)",
                        "is verplicht: zonder internet en telefoon is een analoog communicatiemiddel nodig"));

        Map<String, Object> unanswered = facilities();
        unanswered.remove("analogueCommunication");
        assertThat(refuse(task(instance), unanswered).violations()).extracting(FormViolation::field,
                FormViolation::message).containsExactly(tuple("analogueCommunication", "is verplicht"));
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("informationBoard", "drinkingWater");
    }

    @Test
    void drinkingWaterBelowTheDrinkingWaterCompaniesNormIsAWarningTheBurgemeesterSeesNotARefusal() {
        ProcessInstance instance = atFacilities(UTRECHT, "Noodsteunpunt Lombok");
        Map<String, Object> tooLittle = facilities();
        tooLittle.put("drinkingWaterLitresPerDay", 2399);

        complete(instance, tooLittle);

        assertThat(instance).isWaitingAt(LINK_KEY_FIGURES);
        assertThat(runtime.getVariable(instance.getId(), "drinkingWaterWarnings")).isEqualTo("Drinkwater: 2399 liter"
                + " per dag is minder dan 2400 liter voor 800 inwoners (3 liter per persoon per dag, planningsnorm van"
                + " de drinkwaterbedrijven voor nooddrinkwater (maatregel 3.2), geen norm van de handreiking).");
        complete(instance, Map.of("keyFigures", "Fatima el Amrani, buurthuis De Klop"));
        complete(instance, socialPartners());
        complete(instance, informed());
        assertThat(tasks.getVariables(task(instance).getId())).containsKey("drinkingWaterWarnings");
        complete(instance, exercise("GESLAAGD", null));
        assertThat(instance).isWaitingAt(DECLARE);
        assertThat(tasks.getVariable(task(instance).getId(), "drinkingWaterWarnings").toString())
                .startsWith("Drinkwater: 2399 liter per dag");
    }

    @Test
    void morePeopleThanOneDrinkingWaterPointServesIsAWarningToo() {
        ProcessInstance instance = start(UTRECHT, "Noodsteunpunt Kanaleneiland");
        Map<String, Object> large = location();
        large.put("inhabitantsServed", 4000);
        complete(instance, large);
        complete(instance, Map.of("locationDecision", "GESCHIKT"));
        complete(instance, roles());
        Map<String, Object> water = facilities();
        water.put("drinkingWaterLitresPerDay", 12000);

        complete(instance, water);

        assertThat(runtime.getVariable(instance.getId(), "drinkingWaterWarnings")).isEqualTo("Drinkwater: 4000"
                + " inwoners op één uitgiftepunt is meer dan 2500 (één uitgiftepunt per 2500 inwoners, planningsnorm"
                + " van de drinkwaterbedrijven voor nooddrinkwater (maatregel 3.2), geen norm van de handreiking).");
    }

    @Test
    void aNoodsteunpuntWithoutDrinkingWaterHasNoWarnings() {
        ProcessInstance instance = atFacilities(UTRECHT, "Noodsteunpunt Tuindorp");

        complete(instance, Map.of("informationBoard", true, "analogueCommunication", true, "drinkingWater", false,
                "drinkingWaterLitresPerDay", 10));

        assertThat(runtime.getVariables(instance.getId())).containsEntry("drinkingWaterWarnings", null);
    }

    // --- a coordinating noodsteunpunt of the veiligheidsregio ---

    @Test
    void aCoordinatingNoodsteunpuntRunsInTheRegionsTenantWithItsPeopleDirectorAndBestuur() {
        ProcessInstance instance = start(VR_UTRECHT, "Coördinerend noodsteunpunt Utrecht-Oost");

        assertThat(instance.getTenantId()).isEqualTo(VR_UTRECHT);
        assertThat(runtime.getVariable(instance.getId(), "kind")).isEqualTo("COORDINEREND");
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-veiligheidsregio");
        Map<String, Object> location = location();
        location.put("kind", "COORDINEREND");
        location.put("inhabitantsServed", 60000);
        complete(instance, location);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-veiligheidsregio-directeur");
        complete(instance, Map.of("locationDecision", "GESCHIKT"));
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-veiligheidsregio");
        complete(instance, roles());
        complete(instance, Map.of("informationBoard", true, "analogueCommunication", true, "drinkingWater", false));
        complete(instance, Map.of("keyFigures", "Rode Kruis afdeling Utrecht-Oost"));
        complete(instance, socialPartners());
        complete(instance, informed());
        complete(instance, exercise("GESLAAGD", null));

        assertThat(instance).isWaitingAt(DECLARE);
        assertThat(candidateGroups(task(instance))).containsExactly("weerbaar-veiligheidsregio-bestuur");
        assertThat(task(instance).getTenantId()).isEqualTo(VR_UTRECHT);
    }

    @Test
    void eachKindOfNoodsteunpuntStaysWithWhoSetsItUp() {
        ProcessInstance regional = start(VR_UTRECHT, "Noodsteunpunt De Bilt");
        Map<String, Object> local = location();
        ProcessInstance gemeente = start(UTRECHT, "Noodsteunpunt Stadhuis");
        Map<String, Object> coordinating = location();
        coordinating.put("kind", "COORDINEREND");

        assertThat(refuse(task(regional), local).violations()).containsExactly(new FormViolation("kind",
                "Soort noodsteunpunt", "een lokaal noodsteunpunt richt de gemeente in, in haar eigen omgeving; de"
                + " veiligheidsregio richt coördinerende noodsteunpunten in"));
        assertThat(refuse(task(gemeente), coordinating).violations()).containsExactly(new FormViolation("kind",
                "Soort noodsteunpunt", "een coördinerend noodsteunpunt richt de veiligheidsregio in, in de omgeving"
                + " van vr-utrecht; kies een lokaal noodsteunpunt of vraag de veiligheidsregio het in te richten"));
        assertThat(runtime.getVariables(gemeente.getId())).doesNotContainKey("street");
    }

    @Test
    void refusesInformingTheSocialPartnersWithoutNamingThemOrTheDate() {
        ProcessInstance instance = atFacilities(UTRECHT, "Noodsteunpunt Oog in Al");
        complete(instance, facilities());
        complete(instance, Map.of("keyFigures", "Pieter Jansen, EHBO-vereniging"));

        assertThat(refuse(task(instance), Map.of("socialPartners", "  ")).violations()).extracting(FormViolation::field)
                .containsExactly("socialPartners", "socialPartnersInformedOn");
        assertThat(instance).isWaitingAt(INFORM_SOCIAL_PARTNERS);
    }

    @Test
    void refusesDrinkingWaterWithoutLitresButNeedsNoLitresWithoutDrinkingWater() {
        ProcessInstance instance = atFacilities(UTRECHT, "Noodsteunpunt Halve Maan");
        Map<String, Object> noLitres = facilities();
        noLitres.remove("drinkingWaterLitresPerDay");

        assertThat(refuse(task(instance), noLitres).violations()).containsExactly(new FormViolation(
                "drinkingWaterLitresPerDay", "Drinkwater (liter per dag)", "is verplicht als er drinkwater is"));

        Map<String, Object> noWater = Map.of("informationBoard", true, "analogueCommunication", true,
                "drinkingWater", false, "emergencyPower", false, "firstAid", false);
        complete(instance, noWater);
        assertThat(instance).isWaitingAt(LINK_KEY_FIGURES);
    }

    @Test
    void refusesToGoOnWithoutKeyFiguresOrVolunteers() {
        ProcessInstance instance = atFacilities(UTRECHT, "Noodsteunpunt Zuilen-Noord");
        complete(instance, facilities());

        FormValidationException refused = refuse(task(instance), Map.of("keyFigures", " \n ",
                "neighbourhoodOfficer", "Wijkagent R. Smit"));

        assertThat(refused.violations()).containsExactly(new FormViolation("keyFigures",
                "Sleutelfiguren en vrijwilligers", "noem minstens één sleutelfiguur of vrijwilliger"));
        assertThat(instance).isWaitingAt(LINK_KEY_FIGURES);
    }

    @Test
    void refusesInformingResidentsWithoutAChannelOrDate() {
        ProcessInstance instance = atFacilities(UTRECHT, "Noodsteunpunt Elinkwijk");
        complete(instance, facilities());
        complete(instance, Map.of("keyFigures", "Pieter Jansen, EHBO-vereniging"));
        complete(instance, socialPartners());

        FormValidationException refused = refuse(task(instance), Map.of("informedByMeterkastkaart", false,
                "informedOn", "2026-02-01"));
        FormValidationException noDate = refuse(task(instance), Map.of("otherChannels", "Lokale omroep"));

        assertThat(refused.violations()).containsExactly(new FormViolation("informedByMeterkastkaart",
                "Meterkastkaart", "kies minstens één kanaal of noem een ander kanaal"));
        assertThat(noDate.violations()).containsExactly(new FormViolation("informedOn", "Geïnformeerd op",
                "is verplicht"));
        complete(instance, Map.of("otherChannels", "Lokale omroep", "informedOn", "2026-02-01"));
        assertThat(instance).isWaitingAt(EXERCISE);
    }

    @Test
    void refusesAFailedExerciseWithoutFindingsInEveryRound() {
        ProcessInstance instance = readyForExercise(UTRECHT, "Noodsteunpunt Nieuw Hoograven");
        FormViolation noFindings = new FormViolation("testFindings", "Bevindingen",
                "is verplicht als de oefening niet geslaagd is: welke gebreken moeten worden hersteld");

        assertThat(refuse(task(instance), exercise("NIET_GESLAAGD", null)).violations()).containsExactly(noFindings);

        complete(instance, exercise("NIET_GESLAAGD", "Informatiebord ontbrak."));
        FormValidationException noFix = refuse(task(instance), Map.of());
        complete(instance, Map.of("fixSummary", "Informatiebord opgehangen."));
        assertThat(refuse(task(instance), Map.of("exerciseDate", "2026-04-01", "testResult", "NIET_GESLAAGD"))
                .violations()).as("the findings of the first round do not count").containsExactly(noFindings);

        assertThat(noFix.violations()).containsExactly(new FormViolation("fixSummary", "Wat is hersteld",
                "is verplicht"));
        complete(instance, exercise("NIET_GESLAAGD", "Sleutelhouder onbereikbaar."));
        assertThat(refuse(task(instance), Map.of()).violations()).as("the fix of the first round does not count")
                .containsExactly(new FormViolation("fixSummary", "Wat is hersteld", "is verplicht"));
    }

    @Test
    void refusesABurgemeesterRefusalWithoutExplanation() {
        ProcessInstance instance = readyForExercise(UTRECHT, "Noodsteunpunt Lunetten-Zuid");
        complete(instance, exercise("GESLAAGD", null));

        FormValidationException refused = refuse(task(instance), Map.of("declarationDecision", "NIET_OPERATIONEEL"));
        FormValidationException unknown = refuse(task(instance), Map.of("declarationDecision", "MISSCHIEN"));

        assertThat(refused.violations()).containsExactly(new FormViolation("declarationComment", "Toelichting",
                "is verplicht als het noodsteunpunt niet operationeel wordt verklaard: wat moet er eerst worden"
                        + " hersteld"));
        assertThat(unknown.violations()).containsExactly(new FormViolation("declarationDecision", "Besluit",
                "is geen geldige keuze"));
        assertThat(instance).isWaitingAt(DECLARE);
    }

    @Test
    void refusesAFailedRetestWithoutFindingsAndAFixWithoutSayingWhatWasFixed() {
        ProcessInstance instance = operational(UTRECHT, "Noodsteunpunt Oudwijk");
        fireRetest(instance);

        assertThat(refuse(task(instance), Map.of("retestDate", "2027-01-12", "retestResult", "NIET_GESLAAGD"))
                .violations()).containsExactly(new FormViolation("retestFindings", "Bevindingen",
                "is verplicht als de hertest niet geslaagd is: welke gebreken moeten worden hersteld"));
        assertThat(refuse(task(instance), Map.of("retestResult", "GESLAAGD")).violations())
                .containsExactly(new FormViolation("retestDate", "Datum hertest", "is verplicht"));

        complete(instance, Map.of("retestDate", "2027-01-12", "retestResult", "NIET_GESLAAGD",
                "retestFindings", "Portofoon defect."));
        assertThat(refuse(task(instance), Map.of("retestFixSummary", "")).violations()).containsExactly(
                new FormViolation("retestFixSummary", "Wat is hersteld", "is verplicht"));
        assertThat(instance).isWaitingAt(RETEST_FIX);
    }

    // --- helpers ---

    private ProcessInstance start(String tenant, String name) {
        ProcessInstance instance = noodsteunpunten.start(tenant, name);
        started.add(instance.getId());
        return instance;
    }

    private ProcessInstance atRoles(String tenant, String name) {
        ProcessInstance instance = start(tenant, name);
        complete(instance, location());
        complete(instance, Map.of("locationDecision", "GESCHIKT"));
        assertThat(instance).isWaitingAt(AGREE_ROLES);
        return instance;
    }

    private ProcessInstance atFacilities(String tenant, String name) {
        ProcessInstance instance = atRoles(tenant, name);
        complete(instance, roles());
        assertThat(instance).isWaitingAt(ARRANGE_FACILITIES);
        return instance;
    }

    private ProcessInstance readyForExercise(String tenant, String name) {
        ProcessInstance instance = atFacilities(tenant, name);
        complete(instance, facilities());
        complete(instance, Map.of("keyFigures", "Fatima el Amrani, buurthuis De Klop"));
        complete(instance, socialPartners());
        complete(instance, informed());
        assertThat(instance).isWaitingAt(EXERCISE);
        return instance;
    }

    private ProcessInstance operational(String tenant, String name) {
        ProcessInstance instance = readyForExercise(tenant, name);
        complete(instance, exercise("GESLAAGD", null));
        complete(instance, Map.of("declarationDecision", "OPERATIONEEL"));
        assertThat(instance).isWaitingAt(WAITING);
        return instance;
    }

    private void fireRetest(ProcessInstance instance) {
        Job job = timer(instance, WAIT_FOR_RETEST);
        ClockUtil.setCurrentTime(job.getDuedate());
        management.executeJob(job.getId());
    }

    private static Map<String, Object> location() {
        Map<String, Object> location = new HashMap<>();
        location.put("neighbourhood", "Overvecht");
        location.put("street", "Dreef");
        location.put("houseNumber", "12a");
        location.put("postcode", "3563 AB");
        location.put("kind", "LOCAAL");
        location.put("buildingName", "Wijkcentrum De Dreef");
        location.put("inhabitantsServed", 800);
        return location;
    }

    private static Map<String, Object> roles() {
        Map<String, Object> roles = new HashMap<>();
        roles.put("keeperName", "Jan de Vries");
        roles.put("keeperPhone", "06 12345678");
        roles.put("regionContact", "M. Bakker, Veiligheidsregio Utrecht");
        roles.put("roleAgreement", "Sleutelhouder opent binnen een uur; hulpdiensten blijven bij 112-meldingen.");
        return roles;
    }

    private static Map<String, Object> facilities() {
        Map<String, Object> facilities = new HashMap<>();
        facilities.put("informationBoard", true);
        facilities.put("analogueCommunication", true);
        facilities.put("emergencyPower", true);
        facilities.put("drinkingWater", true);
        facilities.put("drinkingWaterLitresPerDay", 2400);
        facilities.put("firstAid", false);
        return facilities;
    }

    private static Map<String, Object> socialPartners() {
        return Map.of("socialPartners", "Welzijn Overvecht, Overvecht-Noord\nVluchtelingenwerk, Overvecht",
                "socialPartnersInformedOn", "2026-01-20");
    }

    private static Map<String, Object> informed() {
        return Map.of("informedByMeterkastkaart", true, "informedByWebsite", true, "informedOn", "2026-02-01");
    }

    private static Map<String, Object> exercise(String result, String findings) {
        Map<String, Object> exercise = new HashMap<>();
        exercise.put("exerciseDate", "2026-03-10");
        exercise.put("testResult", result);
        if (findings != null) {
            exercise.put("testFindings", findings);
        }
        return exercise;
    }





    private String status(ProcessInstance instance) {
        return (String) runtime.getVariable(instance.getId(), NoodsteunpuntVariables.STATUS);
    }

    private Object historic(ProcessInstance instance, String variable) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(variable).singleResult().getValue();
    }

    private long timesPassed(ProcessInstance instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).count();
    }

}
