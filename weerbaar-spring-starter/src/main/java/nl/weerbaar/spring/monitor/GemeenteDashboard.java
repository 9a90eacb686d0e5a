package nl.weerbaar.spring.monitor;

import nl.weerbaar.spring.progress.ProgressStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Where one gemeente stands: overall, per pillar and per measure.
 *
 * @param tenant   the gemeente's tenant id
 * @param name     its name
 * @param region   its veiligheidsregio's tenant id, {@code null} when not configured
 * @param catalog  the catalog it follows
 * @param date     the day the figures are for
 * @param total    every measure by status
 * @param pillars  each pillar's measures by status
 * @param measures every measure, in the guide's order
 * @param noodhandboeken the print state of each scenario's noodhandboek
 */
public record GemeenteDashboard(String tenant, String name, String region, CatalogSummary catalog, LocalDate date,
                                StatusCounts total, List<PillarSummary> pillars, List<MonitoredMeasure> measures,
                                List<NoodhandboekState> noodhandboeken) {

    public GemeenteDashboard {
        pillars = List.copyOf(pillars);
        measures = List.copyOf(measures);
        noodhandboeken = List.copyOf(noodhandboeken);
    }

    public List<MonitoredMeasure> mostCrucial() {
        return measures.stream().filter(MonitoredMeasure::mostCrucial).toList();
    }

    /** The overdue measures, the longest overdue first. */
    public List<MonitoredMeasure> overdue() {
        return measures.stream().filter(m -> m.status() == ProgressStatus.OVERDUE)
                .sorted(Comparator.comparing(MonitoredMeasure::dueDate,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public List<MonitoredMeasure> inPillar(int pillar) {
        return measures.stream().filter(m -> m.pillar() == pillar).toList();
    }

    /** The noodhandboeken printed before whose contents have changed since. */
    public List<NoodhandboekState> changedSincePrint() {
        return noodhandboeken.stream().filter(NoodhandboekState::changedSincePrint).toList();
    }

    /**
     * A scenario's noodhandboek: when it was last printed and whether what it would say now differs.
     *
     * @param scenario          the scenario's code
     * @param name              its name
     * @param lastPrintedAt     when it was last printed, {@code null} when never
     * @param lastPrintedBy     by whom
     * @param changedSincePrint whether its contents differ from that print's
     * @param fingerprint       a digest of what it would say now
     */
    public record NoodhandboekState(String scenario, String name, Instant lastPrintedAt, String lastPrintedBy,
                                    boolean changedSincePrint, String fingerprint) {
    }
}
