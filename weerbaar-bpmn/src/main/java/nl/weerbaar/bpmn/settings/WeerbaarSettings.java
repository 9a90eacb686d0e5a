package nl.weerbaar.bpmn.settings;

import java.time.MonthDay;
import java.time.Period;
import java.util.Objects;

/**
 * The terms the processes use, with the defaults the guide, the BIO and the Wet gemeenschappelijke regelingen
 * (as in force since 1 July 2022) set. Models read them in timer expressions, e.g.
 * {@code ${weerbaarSettings.reReviewDuration()}}.
 *
 * @param reReviewInterval            how long after approval a measure is reviewed again (default one year)
 * @param reminderBeforeDue           how long before a due date the owner is reminded (default two weeks)
 * @param noodsteunpuntRetestInterval how long after a noodsteunpunt is declared operational it is tested again
 *                                    (default one year)
 * @param continuityReviewDate        the day each year the continuity review starts (default 15 January; BIO
 *                                    5.30.01 asks for a yearly test of the continuity plans)
 * @param kadersDeadline              the day by which the region sends its kaders and provisional annual accounts
 *                                    to the councils (default 30 April; Wgr art. 34b)
 * @param zienswijzeTerm              how long councils have for their zienswijze on the draft budget (default
 *                                    12 weeks; Wgr art. 35(1) and (3))
 * @param zienswijzeReminderBefore    how long before the end of that term the griffie is reminded (default two
 *                                    weeks)
 * @param budgetToProvinceTerm        within how long after adoption the budget goes to Gedeputeerde Staten
 *                                    (default two weeks; Wgr art. 34(2))
 * @param budgetToProvinceLatest      the day by which the budget must be with Gedeputeerde Staten in any case
 *                                    (default 15 September; Wgr art. 34(2))
 */
public record WeerbaarSettings(Period reReviewInterval, Period reminderBeforeDue, Period noodsteunpuntRetestInterval,
                               MonthDay continuityReviewDate, MonthDay kadersDeadline, Period zienswijzeTerm,
                               Period zienswijzeReminderBefore, Period budgetToProvinceTerm,
                               MonthDay budgetToProvinceLatest) {

    /** The name under which models find the settings. */
    public static final String BEAN_NAME = "weerbaarSettings";

    public WeerbaarSettings {
        positive(reReviewInterval, "reReviewInterval");
        notNegative(reminderBeforeDue, "reminderBeforeDue");
        positive(noodsteunpuntRetestInterval, "noodsteunpuntRetestInterval");
        Objects.requireNonNull(continuityReviewDate, "continuityReviewDate");
        Objects.requireNonNull(kadersDeadline, "kadersDeadline");
        positive(zienswijzeTerm, "zienswijzeTerm");
        notNegative(zienswijzeReminderBefore, "zienswijzeReminderBefore");
        positive(budgetToProvinceTerm, "budgetToProvinceTerm");
        Objects.requireNonNull(budgetToProvinceLatest, "budgetToProvinceLatest");
    }

    public static WeerbaarSettings defaults() {
        return new WeerbaarSettings(Period.ofYears(1), Period.ofWeeks(2), Period.ofYears(1), MonthDay.of(1, 15),
                MonthDay.of(4, 30), Period.ofWeeks(12), Period.ofWeeks(2), Period.ofWeeks(2), MonthDay.of(9, 15));
    }

    public WeerbaarSettings withReReviewInterval(Period interval) {
        return new WeerbaarSettings(interval, reminderBeforeDue, noodsteunpuntRetestInterval, continuityReviewDate,
                kadersDeadline, zienswijzeTerm, zienswijzeReminderBefore, budgetToProvinceTerm, budgetToProvinceLatest);
    }

    public WeerbaarSettings withReminderBeforeDue(Period before) {
        return new WeerbaarSettings(reReviewInterval, before, noodsteunpuntRetestInterval, continuityReviewDate,
                kadersDeadline, zienswijzeTerm, zienswijzeReminderBefore, budgetToProvinceTerm, budgetToProvinceLatest);
    }

    public WeerbaarSettings withZienswijzeTerm(Period term) {
        return new WeerbaarSettings(reReviewInterval, reminderBeforeDue, noodsteunpuntRetestInterval,
                continuityReviewDate, kadersDeadline, term, zienswijzeReminderBefore, budgetToProvinceTerm,
                budgetToProvinceLatest);
    }

    public WeerbaarSettings withContinuityReviewDate(MonthDay date) {
        return new WeerbaarSettings(reReviewInterval, reminderBeforeDue, noodsteunpuntRetestInterval, date,
                kadersDeadline, zienswijzeTerm, zienswijzeReminderBefore, budgetToProvinceTerm, budgetToProvinceLatest);
    }

    /** The re-review interval as an ISO 8601 duration for timers, e.g. {@code P1Y}. */
    public String reReviewDuration() {
        return reReviewInterval.toString();
    }

    /** The noodsteunpunt retest interval as an ISO 8601 duration, e.g. {@code P1Y}. */
    public String noodsteunpuntRetestDuration() {
        return noodsteunpuntRetestInterval.toString();
    }

    /** A cron expression (Quartz syntax) that fires on the continuity review date each year at 09:00. */
    public String continuityReviewCron() {
        return "0 0 9 " + continuityReviewDate.getDayOfMonth() + " " + continuityReviewDate.getMonthValue() + " ?";
    }

    /** The zienswijze term as an ISO 8601 duration, e.g. {@code P84D}. */
    public String zienswijzeTermDuration() {
        return zienswijzeTerm.toString();
    }

    private static void positive(Period period, String name) {
        Objects.requireNonNull(period, name);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + period);
        }
    }

    private static void notNegative(Period period, String name) {
        Objects.requireNonNull(period, name);
        if (period.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + period);
        }
    }
}
