package nl.weerbaar.bpmn.zienswijze;

/**
 * Names of the process variables of {@code weerbaar-zienswijze-regio} and {@code weerbaar-zienswijze-gemeente};
 * the variables the region passes to each gemeente and back carry the same name in both.
 */
public final class ZienswijzeVariables {

    /** The outcome of a gemeente that sent no zienswijze, by decision of the raad or because the term ran out. */
    public static final String NO_ZIENSWIJZE = "geen zienswijze ingediend";

    // Input of the region's process.
    /** The year the budget is for (an Integer), e.g. {@code 2027}; the cycle runs in the year before. */
    public static final String BUDGET_YEAR = "budgetYear";
    /** The tenant ids of the member gemeenten, e.g. {@code ["utrecht","amersfoort"]}; at least one. */
    public static final String MEMBER_GEMEENTEN = "memberGemeenten";
    /** The region's name as the gemeenten see it; the region's tenant id when not given. */
    public static final String REGION_NAME = "regionName";

    // Region: kaders and provisional annual accounts (Wgr art. 34b).
    /** The day the kaders are due (a Date at 00:00): {@code kadersDeadline} in the year before the budget year. */
    public static final String KADERS_DUE_DATE = "kadersDueDate";
    public static final String KADERS_SENT_ON = "kadersSentOn";
    /** Whether the kaders went out after their due day. */
    public static final String KADERS_LATE = "kadersLate";
    /** A Dutch warning when the kaders went out late; {@code null} when on time. */
    public static final String KADERS_WARNING = "kadersWarning";

    // Region: the draft budget (Wgr art. 35(1) and (3)).
    public static final String DRAFT_BUDGET_SENT_ON = "draftBudgetSentOn";
    public static final String DRAFT_BUDGET_LINK = "draftBudgetLink";
    /** The last day of the councils' term (a Date at 00:00): the day the draft went out plus the zienswijze term. */
    public static final String ZIENSWIJZE_DEADLINE = "zienswijzeDeadline";

    // Region: collecting the gemeenten's outcomes.
    /** The multi-instance element: one member gemeente's tenant id; in the gemeente's process its own tenant. */
    public static final String GEMEENTE = "gemeente";
    /** Gemeente → outcome: the zienswijze text, or {@link #NO_ZIENSWIJZE}. */
    public static final String ZIENSWIJZE_OUTCOMES = "zienswijzeOutcomes";
    /** The gemeenten that submitted a zienswijze, in the order of {@link #MEMBER_GEMEENTEN}. */
    public static final String ZIENSWIJZE_GEMEENTEN = "zienswijzeGemeenten";

    // Region: answering each zienswijze (Wgr art. 35(3)); the first three live on the answer task only.
    public static final String SUBMITTED_ZIENSWIJZE = "submittedZienswijze";
    public static final String ANSWER_DECISION = "answerDecision";
    public static final String ANSWER_REASONS = "answerReasons";
    /** Gemeente → the bestuur's reasons. */
    public static final String ZIENSWIJZE_ANSWERS = "zienswijzeAnswers";
    /** Gemeente → what the bestuur did with the zienswijze ({@link ZienswijzeRegioForms.AnswerDecision}). */
    public static final String ZIENSWIJZE_ANSWER_DECISIONS = "zienswijzeAnswerDecisions";

    // Region: adoption and Gedeputeerde Staten (Wgr art. 34(2)).
    public static final String ADOPTION_DATE = "adoptionDate";
    /** The day the adopted budget is due at GS (a Date at 00:00). */
    public static final String PROVINCE_DUE_DATE = "provinceDueDate";
    public static final String SENT_TO_PROVINCE_ON = "budgetSentToProvinceOn";
    /** Whether the due day for GS passed before the budget was sent. */
    public static final String PROVINCE_OVERDUE = "budgetToProvinceOverdue";
    public static final String PROVINCE_ESCALATION_ACTION = "provinceEscalationAction";

    // Gemeente: the work towards a zienswijze.
    public static final String ANALYSIS = "analysis";
    public static final String ANALYSIS_ADVICE = "analysisAdvice";
    public static final String COLLEGE_PROPOSAL = "collegeProposal";
    public static final String COLLEGE_DRAFT = "collegeDraftZienswijze";
    public static final String COLLEGE_DECISION_DATE = "collegeDecisionDate";
    public static final String RAADSVOORSTEL = "raadsvoorstel";
    public static final String RAAD_MEETING_DATE = "raadMeetingDate";
    public static final String RAAD_DECISION = "raadDecision";
    public static final String RAAD_DECISION_DATE = "raadDecisionDate";
    public static final String ZIENSWIJZE_TEXT = "zienswijzeText";
    public static final String ZIENSWIJZE_SENT_ON = "zienswijzeSentOn";
    /** When the griffie was reminded that the term ends soon. */
    public static final String REMINDED_AT = "zienswijzeRemindedAt";

    // Gemeente: the outcome, passed back to the region.
    /** Whether the gemeente sent a zienswijze within the term. */
    public static final String SUBMITTED = "zienswijzeSubmitted";
    /** The zienswijze text, or {@link #NO_ZIENSWIJZE}. */
    public static final String OUTCOME = "zienswijzeOutcome";
    /** Whether the term ended before the gemeente sent anything. */
    public static final String TERM_EXPIRED = "zienswijzeTermExpired";

    private ZienswijzeVariables() {
    }
}
