package nl.weerbaar.bpmn.crisis;

/**
 * Names of the process variables of {@code weerbaar-crisis}.
 */
public final class CrisisVariables {

    /**
     * Input: the code of a scenario of {@code weerbaar/scenarios/vng-2025-scenarios.yaml}, e.g.
     * {@code LANGDURIGE_STROOMUITVAL}, or a former code; the start replaces a former code with the current one.
     */
    public static final String SCENARIO = "scenario";
    /** The scenario's Dutch label, shown on every task. */
    public static final String SCENARIO_LABEL = "scenarioLabel";
    /**
     * Input, optional: when the disruption began (a Date, or ISO 8601 text such as {@code 2026-01-05T06:30+01:00};
     * without a zone in the settings' time zone); the start time by default. The 72-hour boundary counts from it.
     */
    public static final String DISRUPTION_START = "disruptionStart";
    /** When the checklist for the warm phase after 72 hours opens: 72 hours after {@link #DISRUPTION_START}. */
    public static final String WARM_NA_72U_AT = "warmNa72uAt";

    // Per phase, the refs of the tenant's applicable measures for that phase, in the guide's order (List<String>).
    public static final String REFS_WARM_TOT_72U = "warmTot72uRefs";
    public static final String REFS_WARM_NA_72U = "warmNa72uRefs";
    public static final String REFS_NAFASE = "nafaseRefs";

    /**
     * The besluitenlijst: every decision recorded during the warm phase, oldest first (a list of maps with the keys
     * of {@link nl.weerbaar.bpmn.crisis.CrisisDecisions}).
     */
    public static final String DECISION_LOG = "decisionLog";
    /** The besluitenlijst as text on the evaluation task (task-local), oldest first. */
    public static final String DECISION_LOG_TEXT = "decisionLogText";
    /** How many decisions the besluitenlijst holds, set when the evaluation opens. */
    public static final String DECISION_COUNT = "decisionCount";

    // Decision form fields, cleared for every new decision.
    public static final String DECISION_KIND = "decisionKind";
    public static final String DECISION = "decision";
    public static final String DECIDED_BY = "decidedBy";
    public static final String DECIDED_AT = "decidedAt";
    public static final String DECISION_NOTE = "decisionNote";

    /** The multi-instance element variable of the checklist tasks: one measure's ref. */
    public static final String REF = "ref";

    // Task-local on each checklist task, so the task shows what the guide says.
    public static final String MEASURE_REF = "measureRef";
    public static final String MEASURE_TITLE = "measureTitle";
    public static final String MEASURE_TEXT = "measureText";
    /** The Dutch label of the checklist's phase, e.g. "Warme fase (< 72 uur)". */
    public static final String PHASE = "phase";

    // Checklist form fields, local to each checklist task's execution so parallel tasks do not share them.
    public static final String CHECKLIST_STATUS = "checklistStatus";
    public static final String CHECKLIST_NOTE = "checklistNote";

    // Evaluation form fields.
    public static final String EVALUATION_FINDINGS = "evaluationFindings";
    public static final String REOPEN_REFS = "reopenRefs";

    /** One line per ref named in the evaluation: reopened, or not and why. */
    public static final String REOPEN_RESULT = "reopenResult";
    /** The refs whose review was reopened, comma-separated in the order named. */
    public static final String REOPENED_REFS = "reopenedRefs";

    /** Set on each reopened {@code weerbaar-maatregel} instance: why its review was reopened. */
    public static final String RE_REVIEW_REASON = "reReviewReason";

    private CrisisVariables() {
    }
}
