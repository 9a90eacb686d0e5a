package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.routing.RecordedAgreements;

/**
 * Names of the process variables of {@code weerbaar-rolverdeling} and {@code weerbaar-rolverdeling-regio}; those the
 * gemeente's process passes to the region's and back carry the same name in both. What routing reads once the
 * agreement is in force is defined by {@link RecordedAgreements}.
 */
public final class RolverdelingVariables {

    /** Input: the measure's ref in the gemeente's catalog. */
    public static final String MEASURE_REF = RecordedAgreements.MEASURE_REF;
    /** Where the agreement stands; see {@link RolverdelingStatus}. */
    public static final String STATUS = RecordedAgreements.STATUS;

    // Set at the start.
    public static final String MEASURE_TITLE = "measureTitle";
    /** The gemeente whose rolverdeling it is: the tenant the process runs in. */
    public static final String GEMEENTE = "gemeente";
    /** The veiligheidsregio that confirms: the gemeente's configured region. */
    public static final String REGION_TENANT = "regionTenant";
    /** The rolverdeling that holds now, in Dutch. */
    public static final String CURRENT = "currentRolverdeling";
    /** The candidate group that confirms for the gemeente: the bevoegd gezag of the measure's pillar. */
    public static final String AUTHORITY_GROUP = "authorityGroup";

    // Recording the agreement (form fields).
    public static final String RESPONSIBLE_CHOICE = "responsibleChoice";
    public static final String OTHER_PARTY = "otherParty";
    /** As entered: party codes or names, separated by commas; stored as codes in {@link #SUPPORTING}. */
    public static final String SUPPORTING_ENTERED = "supportingEntered";
    public static final String AGREEMENT_DATE = RecordedAgreements.AGREEMENT_DATE;
    public static final String AGREEMENT_REFERENCE = RecordedAgreements.AGREEMENT_REFERENCE;
    public static final String AGREEMENT_NOTE = "agreementNote";
    /** The responsible party's code, resolved from the choice. */
    public static final String RESPONSIBLE = RecordedAgreements.RESPONSIBLE;
    /** The supporting parties' codes, separated by commas. */
    public static final String SUPPORTING = RecordedAgreements.SUPPORTING;
    /** The proposed rolverdeling in Dutch, as both parties confirm it. */
    public static final String PROPOSAL = "proposedRolverdeling";

    // The confirmations.
    public static final String GEMEENTE_DECISION = "gemeenteDecision";
    public static final String GEMEENTE_COMMENT = "gemeenteComment";
    public static final String CONFIRMED_BY_GEMEENTE = RecordedAgreements.CONFIRMED_BY_GEMEENTE;
    public static final String CONFIRMED_BY_GEMEENTE_USER = "confirmedByGemeenteUser";
    public static final String REGION_DECISION = "regionDecision";
    public static final String REGION_COMMENT = "regionComment";
    /** The region's own reference for its confirmation, e.g. the kenmerk of the bestuur's decision. */
    public static final String REGION_REFERENCE = "regionReference";
    public static final String CONFIRMED_BY_REGION = RecordedAgreements.CONFIRMED_BY_REGION;
    public static final String CONFIRMED_BY_REGION_USER = "confirmedByVeiligheidsregioUser";

    /** What taking effect did to the measure's running lifecycle, in Dutch. */
    public static final String HANDOVER_RESULT = "handoverResult";

    private RolverdelingVariables() {
    }
}
