package nl.weerbaar.bpmn.measure;

import java.util.Set;

/**
 * Names of the process variables of {@code weerbaar-maatregel}.
 */
public final class MeasureVariables {

    /** Input: the measure's ref in the catalog, e.g. {@code 2.2}. */
    public static final String MEASURE_REF = "measureRef";

    // Taken from the catalog when the process starts, so each task shows what the guide says.
    public static final String MEASURE_URN = "measureUrn";
    public static final String MEASURE_TITLE = "measureTitle";
    public static final String MEASURE_TEXT = "measureText";
    public static final String PILLAR_NUMBER = "pillarNumber";
    public static final String PILLAR_NAME = "pillarName";
    public static final String AUTHORITY = "authority";
    public static final String AUTHORITY_GROUP = "authorityGroup";
    public static final String PHASES = "phases";
    public static final String PHASE_CODES = "phaseCodes";
    public static final String RESPONSIBLE = "responsible";
    public static final String PARTNERS = "partners";
    public static final String MOST_CRUCIAL = "mostCrucial";
    public static final String LOCAL_OWNER = "localOwner";

    // The rolverdeling, decided when the process starts (see nl.weerbaar.bpmn.routing).
    /** Who carries out the lifecycle: {@code GEMEENTE}, {@code VEILIGHEIDSREGIO} or {@code ANDERE_PARTIJ}. */
    public static final String EXECUTED_BY = "executedBy";
    /** The candidate group of the work: the gemeente's AOV-adviseur, or the region's. */
    public static final String WORK_GROUP = "workGroup";
    /** The candidate group the overdue measure is escalated to: the gemeentesecretaris, or the region's director. */
    public static final String ESCALATION_GROUP = "escalationGroup";
    /**
     * For a region-led lifecycle in the region's tenant: the tenant ids of the member gemeenten it serves (a list);
     * empty for a gemeente's own.
     */
    public static final String SERVED_GEMEENTEN = "servedGemeenten";
    /** The rolverdeling in Dutch, as the tasks show it: who leads, who supports, the agreement behind it. */
    public static final String ROLVERDELING = "rolverdeling";

    /**
     * The values a lifecycle is given at its start that nothing changes afterwards (the rolverdeling, the executor,
     * the responsible party, the partners and the served gemeenten follow a changed agreement, so they are not
     * among them); see {@link CatalogValueHistory}.
     */
    public static final Set<String> FIXED_AT_START = Set.of(MEASURE_REF, MEASURE_URN, MEASURE_TITLE, MEASURE_TEXT,
            PILLAR_NUMBER, PILLAR_NAME, PHASES, PHASE_CODES, MOST_CRUCIAL, LOCAL_OWNER, WORK_GROUP, AUTHORITY_GROUP,
            ESCALATION_GROUP, AUTHORITY);

    /** Where the measure stands; see {@link MeasureStatus}. */
    public static final String STATUS = "measureStatus";
    /** Whether the due date has passed without approval. */
    public static final String OVERDUE = "measureOverdue";
    /** When the owner was last reminded of the due date. */
    public static final String REMINDED_AT = "remindedAt";
    /** The due date (YYYY-MM-DD) the owner was last reminded of; a reminder goes out once per due date. */
    public static final String REMINDED_FOR = "remindedFor";

    // Task form fields.
    public static final String APPLICABILITY = "applicability";
    public static final String OWNER = "owner";
    public static final String DUE_DATE = "dueDate";
    public static final String NOT_APPLICABLE_REASON = "notApplicableReason";
    public static final String NOT_APPLICABLE_DECISION = "notApplicableDecision";
    public static final String NOT_APPLICABLE_COMMENT = "notApplicableComment";
    public static final String PLAN = "plan";
    public static final String EXECUTION_SUMMARY = "executionSummary";
    public static final String EVIDENCE_LINKS = "evidenceLinks";
    public static final String EVIDENCE_NOTE = "evidenceNote";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String ESCALATION_ACTION = "escalationAction";
    public static final String RE_REVIEW_DECISION = "reReviewDecision";
    public static final String RE_REVIEW_COMMENT = "reReviewComment";
    public static final String NEW_DUE_DATE = "newDueDate";

    private MeasureVariables() {
    }
}
