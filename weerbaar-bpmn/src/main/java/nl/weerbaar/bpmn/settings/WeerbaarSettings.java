package nl.weerbaar.bpmn.settings;

import java.time.Period;
import java.util.Objects;

/**
 * The terms the processes use. Models read them in timer expressions, e.g.
 * {@code ${weerbaarSettings.reReviewInterval()}}.
 *
 * @param reReviewInterval  how long after approval a measure is reviewed again (default one year)
 * @param reminderBeforeDue how long before a measure's due date its owner is reminded (default two weeks)
 */
public record WeerbaarSettings(Period reReviewInterval, Period reminderBeforeDue) {

    /** The name under which models find the settings. */
    public static final String BEAN_NAME = "weerbaarSettings";

    public WeerbaarSettings {
        Objects.requireNonNull(reReviewInterval, "reReviewInterval");
        Objects.requireNonNull(reminderBeforeDue, "reminderBeforeDue");
        if (reReviewInterval.isNegative() || reReviewInterval.isZero()) {
            throw new IllegalArgumentException("reReviewInterval must be positive, was " + reReviewInterval);
        }
        if (reminderBeforeDue.isNegative()) {
            throw new IllegalArgumentException("reminderBeforeDue must not be negative, was " + reminderBeforeDue);
        }
    }

    public static WeerbaarSettings defaults() {
        return new WeerbaarSettings(Period.ofYears(1), Period.ofWeeks(2));
    }

    public WeerbaarSettings withReReviewInterval(Period interval) {
        return new WeerbaarSettings(interval, reminderBeforeDue);
    }

    public WeerbaarSettings withReminderBeforeDue(Period before) {
        return new WeerbaarSettings(reReviewInterval, before);
    }

    /** The re-review interval as an ISO 8601 duration for timers, e.g. {@code P1Y}. */
    public String reReviewDuration() {
        return reReviewInterval.toString();
    }
}
