package nl.weerbaar.spring.monitor;

/**
 * Where a pillar's measures stand in one gemeente.
 *
 * @param number    the pillar's number
 * @param name      its name in the requested language
 * @param authority its bevoegd gezag
 * @param counts    its measures by status
 */
public record PillarSummary(int number, String name, String authority, StatusCounts counts) {
}
