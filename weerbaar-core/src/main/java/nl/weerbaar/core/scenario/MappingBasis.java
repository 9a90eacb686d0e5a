package nl.weerbaar.core.scenario;

/**
 * Where the link between a scenario and a measure comes from.
 */
public enum MappingBasis {
    /** Read in the guide: the quoted words tie the measure to the scenario. */
    SOURCE,
    /** The editors' judgement: the guide does not make the link itself; the reason says why. */
    EDITORIAL
}
