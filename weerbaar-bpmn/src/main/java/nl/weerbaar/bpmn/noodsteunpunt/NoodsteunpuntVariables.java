package nl.weerbaar.bpmn.noodsteunpunt;

/**
 * Names of the process variables of {@code weerbaar-noodsteunpunt}.
 */
public final class NoodsteunpuntVariables {

    /** Input: the noodsteunpunt's name, unique in the gemeente, e.g. {@code Noodsteunpunt Overvecht}. */
    public static final String NAME = "noodsteunpuntName";
    /** Where the noodsteunpunt stands; see {@link NoodsteunpuntStatus}. */
    public static final String STATUS = "noodsteunpuntStatus";
    /** When the burgemeester declared the noodsteunpunt operational (the engine's clock). */
    public static final String OPERATIONAL_SINCE = "operationalSince";
    /** Why the noodsteunpunt was discontinued; sent with the discontinue message. */
    public static final String DISCONTINUE_REASON = "discontinueReason";

    // Who does what, decided at the start by the tenant it runs in: a gemeente's local noodsteunpunt, or a
    // veiligheidsregio's coordinating one.
    /** The candidate group of the work: the gemeente's AOV-adviseur, or the region's people. */
    public static final String WORK_GROUP = "workGroup";
    /** Who assesses the proposed location: the veiligheidsregio, or the region's director for its own point. */
    public static final String ASSESSOR_GROUP = "assessorGroup";
    /** Who declares it operational: the burgemeester, or the region's bestuur for a coordinating point. */
    public static final String DECLARER_GROUP = "declarerGroup";

    // Location proposal.
    public static final String NEIGHBOURHOOD = "neighbourhood";
    public static final String STREET = "street";
    public static final String HOUSE_NUMBER = "houseNumber";
    public static final String POSTCODE = "postcode";
    public static final String KIND = "kind";
    public static final String BUILDING_NAME = "buildingName";
    public static final String INHABITANTS_SERVED = "inhabitantsServed";
    // Location assessment.
    public static final String LOCATION_DECISION = "locationDecision";
    public static final String LOCATION_REASONS = "locationReasons";
    // Roles.
    public static final String KEEPER_NAME = "keeperName";
    public static final String KEEPER_PHONE = "keeperPhone";
    public static final String REGION_CONTACT = "regionContact";
    public static final String ROLE_AGREEMENT = "roleAgreement";
    // Facilities.
    public static final String INFORMATION_BOARD = "informationBoard";
    public static final String ANALOGUE_COMMUNICATION = "analogueCommunication";
    public static final String EMERGENCY_POWER = "emergencyPower";
    public static final String DRINKING_WATER = "drinkingWater";
    public static final String DRINKING_WATER_LITRES_PER_DAY = "drinkingWaterLitresPerDay";
    public static final String FIRST_AID = "firstAid";
    public static final String FACILITIES_NOTE = "facilitiesNote";
    /**
     * Where the drinking water falls short of the drinking-water companies' planning norms for nooddrinkwater
     * (measure 3.2), in Dutch, one line each; {@code null} when it does not, or no drinking water is handed out.
     */
    public static final String DRINKING_WATER_WARNINGS = "drinkingWaterWarnings";
    // Key figures and volunteers.
    public static final String KEY_FIGURES = "keyFigures";
    public static final String NEIGHBOURHOOD_OFFICER = "neighbourhoodOfficer";
    public static final String SOCIAL_WORKER = "socialWorker";
    // Telling the social partners which noodsteunpunten serve their wijk (guide 2.2).
    public static final String SOCIAL_PARTNERS = "socialPartners";
    public static final String SOCIAL_PARTNERS_INFORMED_ON = "socialPartnersInformedOn";
    public static final String SOCIAL_PARTNERS_NOTE = "socialPartnersNote";
    // Informing residents.
    public static final String BY_METERKASTKAART = "informedByMeterkastkaart";
    public static final String BY_LETTER = "informedByLetter";
    public static final String BY_WEBSITE = "informedByWebsite";
    public static final String BY_SOCIAL_MEDIA = "informedBySocialMedia";
    public static final String BY_MEETING = "informedByMeeting";
    public static final String OTHER_CHANNELS = "otherChannels";
    public static final String INFORMED_ON = "informedOn";
    // Exercise, fixing defects and the declaration.
    public static final String EXERCISE_DATE = "exerciseDate";
    public static final String TEST_RESULT = "testResult";
    public static final String TEST_FINDINGS = "testFindings";
    public static final String FIX_SUMMARY = "fixSummary";
    public static final String DECLARATION_DECISION = "declarationDecision";
    public static final String DECLARATION_COMMENT = "declarationComment";
    // Yearly re-test.
    public static final String RETEST_DATE = "retestDate";
    public static final String RETEST_RESULT = "retestResult";
    public static final String RETEST_FINDINGS = "retestFindings";
    public static final String RETEST_FIX_SUMMARY = "retestFixSummary";

    private NoodsteunpuntVariables() {
    }
}
