package nl.weerbaar.spring.monitor;

import nl.weerbaar.spring.progress.ProgressStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the member gemeenten of a veiligheidsregio stand: status aggregates only — per gemeente and measure the
 * status, per gemeente and pillar the counts — never an owner, a due date, a task or a variable of a member.
 *
 * @param region   the veiligheidsregio's tenant id
 * @param name     its name
 * @param date     the day the figures are for
 * @param pillars  the catalog's pillars (number and name)
 * @param measures the matrix's columns: the catalog's measures, in the guide's order
 * @param members  the rows: its member gemeenten, as the tenant configuration names them
 */
public record RegionDashboard(String region, String name, LocalDate date, List<PillarRef> pillars,
                              List<Column> measures, List<Member> members) {

    public RegionDashboard {
        pillars = List.copyOf(pillars);
        measures = List.copyOf(measures);
        members = List.copyOf(members);
    }

    /**
     * The measures the veiligheidsregio leads: those its catalog puts with the veiligheidsregio, and those it carries
     * out for at least one member under their rolverdeling.
     */
    public List<Column> regionLed() {
        return measures.stream().filter(c -> c.regionLed()
                || members.stream().anyMatch(m -> m.executedByRegion().contains(c.ref()))).toList();
    }

    /** Every member's measures together, by status. */
    public StatusCounts total() {
        return StatusCounts.of(members.stream().flatMap(m -> m.statuses().values().stream()).toList());
    }

    /** A pillar by number and name. */
    public record PillarRef(int number, String name) {
    }

    /** A measure as a column of the matrix. */
    public record Column(String ref, String title, int pillar, boolean mostCrucial, boolean regionLed) {
    }

    /**
     * A member gemeente as a row of the matrix.
     *
     * @param tenant   its tenant id
     * @param name     its name
     * @param total    its measures by status
     * @param pillars  each pillar's measures by status
     * @param statuses each measure's status by ref (a measure its catalog lacks is absent)
     * @param executedByRegion the refs of the measures the veiligheidsregio carries out for it (its rolverdeling)
     */
    public record Member(String tenant, String name, StatusCounts total, List<PillarSummary> pillars,
                         Map<String, ProgressStatus> statuses, Set<String> executedByRegion) {

        public Member {
            pillars = List.copyOf(pillars);
            statuses = Map.copyOf(statuses);
            executedByRegion = Set.copyOf(executedByRegion);
        }

        /** Whether the veiligheidsregio carries the measure out for this gemeente. */
        public boolean executedByRegion(String ref) {
            return executedByRegion.contains(ref);
        }

        public ProgressStatus status(String ref) {
            return statuses.get(ref);
        }

        public PillarSummary pillar(int number) {
            return pillars.stream().filter(p -> p.number() == number).findFirst().orElse(null);
        }
    }
}
