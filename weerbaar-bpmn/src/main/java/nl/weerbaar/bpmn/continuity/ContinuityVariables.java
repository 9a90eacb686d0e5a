package nl.weerbaar.bpmn.continuity;

/**
 * Names of the process variables of {@code weerbaar-continuiteit}.
 */
public final class ContinuityVariables {

    // Inventory of critical processes.
    /** Form field: the critical processes, one name per line. */
    public static final String CRITICAL_PROCESSES = "criticalProcesses";
    /**
     * Input or form field: the date (ISO text) the list of critical systems was last fully updated (BIO 5.30.02);
     * when nobody gives one, this review counts as the full update.
     */
    public static final String LAST_FULL_INVENTORY_DATE = "lastFullInventoryDate";
    /** The names of {@link #CRITICAL_PROCESSES} as a list: the collection of the per-process assessment. */
    public static final String CRITICAL_PROCESS_LIST = "criticalProcessList";

    // Per critical process; local to each instance of the multi-instance assessment.
    /** The element variable of the multi-instance assessment: the process being assessed. */
    public static final String CRITICAL_PROCESS = "criticalProcess";
    public static final String MAX_DOWNTIME_HOURS = "maxDowntimeHours";
    public static final String RECOVERY_TIME_HOURS = "recoveryTimeHours";
    public static final String FALLBACK = "fallback";
    public static final String DEPENDS_ON_ICT_SUPPLIERS = "dependsOnIctSuppliers";

    /**
     * The assessment of every critical process, in inventory order: a list of maps with the keys
     * {@link #RESULT_PROCESS}, {@link #MAX_DOWNTIME_HOURS}, {@link #RECOVERY_TIME_HOURS}, {@link #FALLBACK} and
     * {@link #DEPENDS_ON_ICT_SUPPLIERS}.
     */
    public static final String PROCESS_RESULTS = "processResults";
    /** Key of the process name in each map of {@link #PROCESS_RESULTS}. */
    public static final String RESULT_PROCESS = "process";
    /** {@link #PROCESS_RESULTS} as text, one line per process, for the forms that follow. */
    public static final String PROCESS_RESULTS_SUMMARY = "processResultsSummary";

    // Safeguards and ICT supplier SLAs (measures 1.1, 1.3, 1.4).
    public static final String SAFEGUARDS = "safeguards";
    public static final String SLA_AVAILABILITY = "slaAvailability";
    public static final String SLA_RECOVERY_CAPACITY = "slaRecoveryCapacity";
    public static final String SLA_INCIDENT_COMMUNICATION = "slaIncidentCommunication";
    public static final String SLA_DATA_IN_EU = "slaDataInEu";
    public static final String SLA_GAPS = "slaGaps";

    // Staff continuity (measure 1.7).
    public static final String CORE_TEAM = "coreTeam";
    public static final String RESERVIST_COUNT = "reservistCount";
    public static final String MANTELZORGER_COUNT = "mantelzorgerCount";
    public static final String STAFF_REMARKS = "staffRemarks";

    // Test of the continuity plans (measure 1.5, BIO 5.30.01).
    public static final String EXERCISE_DATE = "exerciseDate";
    public static final String EXERCISE_RESULT = "exerciseResult";
    public static final String EXERCISE_FINDINGS = "exerciseFindings";

    // Approval by the gemeentesecretaris.
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";

    // Report to the college.
    public static final String COLLEGE_DATE = "collegeDate";
    public static final String COLLEGE_DECISION_NUMBER = "collegeDecisionNumber";
    public static final String COLLEGE_REMARKS = "collegeRemarks";

    // Planning of the next review (ISO dates as text, like the dates forms submit).
    /** The next continuity review date: the next configured review day after the day the review ends. */
    public static final String NEXT_REVIEW_DATE = "nextReviewDate";
    /** The day by which the list of critical systems must be fully updated: three years after the last time. */
    public static final String CRITICAL_SYSTEMS_LIST_DUE_DATE = "criticalSystemsListDueDate";
    /** Whether the next review must fully update the list of critical systems (BIO 5.30.02). */
    public static final String CRITICAL_SYSTEMS_LIST_DUE = "criticalSystemsListDue";

    private ContinuityVariables() {
    }
}
