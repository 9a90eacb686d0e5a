package nl.weerbaar.bpmn.routing;

/**
 * Where a measure's rolverdeling for a gemeente comes from.
 */
public enum RouteSource {
    /** The catalog's own eindverantwoordelijke party: no local agreement. */
    CATALOGUS,
    /** An agreement in the gemeente's overlay. */
    OVERLAY,
    /** An agreement recorded and confirmed in the process {@code weerbaar-rolverdeling}. */
    PROCES
}
