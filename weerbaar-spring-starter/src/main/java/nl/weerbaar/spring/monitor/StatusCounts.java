package nl.weerbaar.spring.monitor;

import nl.weerbaar.spring.progress.ProgressStatus;

import java.util.Collection;

/**
 * How many measures stand where: done, in progress, overdue, not started, not applicable, and unreadable (a lifecycle
 * runs, but one of its stored values cannot be read; see {@link ProgressStatus#UNREADABLE}).
 *
 * @param done          approved ({@link ProgressStatus#DONE})
 * @param inProgress    under way within their term
 * @param overdue       under way past their due date
 * @param notStarted    without a lifecycle
 * @param notApplicable found not applicable, with approval
 * @param unreadable    under way, but with a stored value that cannot be read
 */
public record StatusCounts(int done, int inProgress, int overdue, int notStarted, int notApplicable, int unreadable) {

    public static StatusCounts of(Collection<ProgressStatus> statuses) {
        int[] counts = new int[ProgressStatus.values().length];
        statuses.forEach(status -> counts[status.ordinal()]++);
        return new StatusCounts(counts[ProgressStatus.DONE.ordinal()], counts[ProgressStatus.IN_PROGRESS.ordinal()],
                counts[ProgressStatus.OVERDUE.ordinal()], counts[ProgressStatus.NOT_STARTED.ordinal()],
                counts[ProgressStatus.NOT_APPLICABLE.ordinal()], counts[ProgressStatus.UNREADABLE.ordinal()]);
    }

    public int total() {
        return done + inProgress + overdue + notStarted + notApplicable + unreadable;
    }

    /** The measures that apply: all but those found not applicable. */
    public int applicable() {
        return total() - notApplicable;
    }

    /** The share of the applicable measures that is done, in whole percent (rounded down); 0 when none applies. */
    public int percentDone() {
        return applicable() == 0 ? 0 : done * 100 / applicable();
    }

    public int count(ProgressStatus status) {
        return switch (status) {
            case DONE -> done;
            case IN_PROGRESS -> inProgress;
            case OVERDUE -> overdue;
            case NOT_STARTED -> notStarted;
            case NOT_APPLICABLE -> notApplicable;
            case UNREADABLE -> unreadable;
        };
    }

    /** A status's share of all measures in percent with one decimal, as a bar segment's width. */
    public double share(ProgressStatus status) {
        return total() == 0 ? 0 : Math.round(count(status) * 1000.0 / total()) / 10.0;
    }
}
