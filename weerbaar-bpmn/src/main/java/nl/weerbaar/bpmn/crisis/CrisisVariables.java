package nl.weerbaar.bpmn.crisis;

/**
 * Names of the process variables of {@code weerbaar-crisis}.
 */
public final class CrisisVariables {

    /** Input: the name of a {@link CrisisScenario}, e.g. {@code LANGDURIGE_STROOMUITVAL}. */
    public static final String SCENARIO = "scenario";
    /** The scenario's Dutch label, shown on every task. */
    public static final String SCENARIO_LABEL = "scenarioLabel";

    // Per phase, the refs of the tenant's applicable measures for that phase, in the guide's order (List<String>).
    public static final String REFS_WARM_TOT_72U = "warmTot72uRefs";
    public static final String REFS_WARM_NA_72U = "warmNa72uRefs";
    public static final String REFS_NAFASE = "nafaseRefs";

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
