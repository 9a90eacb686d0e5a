package nl.weerbaar.bpmn.settings;

import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The terms the processes use, grouped per process, with the defaults the guide, the BIO and the Wet
 * gemeenschappelijke regelingen (as in force since 1 July 2022) set. Models read them in timer expressions, e.g.
 * {@code ${weerbaarSettings.noodsteunpuntRetestDuration()}}.
 *
 * @param zone          the time zone of due dates and timers
 * @param measure       the measure lifecycle's terms
 * @param noodsteunpunt the noodsteunpunt's terms
 * @param continuity    the continuity review's terms
 * @param zienswijze    the zienswijze cycle's terms
 */
public record WeerbaarSettings(ZoneId zone, Measure measure, Noodsteunpunt noodsteunpunt, Continuity continuity,
                               Zienswijze zienswijze) {

    /** The name under which models find the settings. */
    public static final String BEAN_NAME = "weerbaarSettings";

    public WeerbaarSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(noodsteunpunt, "noodsteunpunt");
        Objects.requireNonNull(continuity, "continuity");
        Objects.requireNonNull(zienswijze, "zienswijze");
    }

    /** Dutch time and the default terms of every process. */
    public static WeerbaarSettings defaults() {
        return new WeerbaarSettings(ZoneId.of("Europe/Amsterdam"), Measure.defaults(), Noodsteunpunt.defaults(),
                Continuity.defaults(), Zienswijze.defaults());
    }

    /**
     * The measure lifecycle.
     *
     * @param reReviewInterval  how long after approval a measure is reviewed again (default one year)
     * @param reminderBeforeDue how long before a due date the owner is reminded (default two weeks)
     */
    public record Measure(Period reReviewInterval, Period reminderBeforeDue) {

        public Measure {
            positive(reReviewInterval, "measure.re-review-interval");
            notNegative(reminderBeforeDue, "measure.reminder-before-due");
        }

        public static Measure defaults() {
            return new Measure(Period.ofYears(1), Period.ofWeeks(2));
        }
    }

    /**
     * The noodsteunpunt. The drinking-water norms are not the guide's: they are the drinking-water companies'
     * planning norms for nooddrinkwater (measure 3.2), against which a noodsteunpunt that hands out drinking water
     * is held up; falling short is a warning the burgemeester sees, not a refusal.
     *
     * @param retestInterval                   how long after a noodsteunpunt is declared operational it is tested
     *                                         again (default one year)
     * @param drinkingWaterLitresPerPersonDay  nooddrinkwater per person per day (default 3 litres); 0 warns never
     * @param inhabitantsPerDrinkingWaterPoint inhabitants one nooddrinkwater point serves at most (default 2,500);
     *                                         0 warns never
     */
    public record Noodsteunpunt(Period retestInterval, int drinkingWaterLitresPerPersonDay,
                                int inhabitantsPerDrinkingWaterPoint) {

        public Noodsteunpunt {
            positive(retestInterval, "noodsteunpunt.retest-interval");
            if (drinkingWaterLitresPerPersonDay < 0) {
                throw new IllegalArgumentException("noodsteunpunt.drinking-water-litres-per-person-day must not be"
                        + " negative, was " + drinkingWaterLitresPerPersonDay);
            }
            if (inhabitantsPerDrinkingWaterPoint < 0) {
                throw new IllegalArgumentException("noodsteunpunt.inhabitants-per-drinking-water-point must not be"
                        + " negative, was " + inhabitantsPerDrinkingWaterPoint);
            }
        }

        public Noodsteunpunt(Period retestInterval) {
            this(retestInterval, 3, 2500);
        }

        public static Noodsteunpunt defaults() {
            return new Noodsteunpunt(Period.ofYears(1));
        }
    }

    /**
     * The yearly continuity review.
     *
     * @param reviewDate the day each year the review starts (default 15 January; BIO 5.30.01 asks for a yearly test
     *                   of the continuity plans)
     */
    public record Continuity(MonthDay reviewDate) {

        public Continuity {
            Objects.requireNonNull(reviewDate, "continuity.review-date");
        }

        public static Continuity defaults() {
            return new Continuity(MonthDay.of(1, 15));
        }
    }

    /**
     * The zienswijze cycle on the veiligheidsregio's budget.
     *
     * @param kadersDeadline         the day by which the region sends its kaders and provisional annual accounts to
     *                               the councils (default 30 April; Wgr art. 34b)
     * @param term                   how long councils have for their zienswijze on the draft budget (default 12
     *                               weeks; Wgr art. 35(1) and (3))
     * @param reminderBefore         how long before the end of that term the griffie is reminded (default two weeks)
     * @param budgetToProvinceTerm   within how long after adoption the budget goes to Gedeputeerde Staten (default
     *                               two weeks; Wgr art. 34(2))
     * @param budgetToProvinceLatest the day by which the budget must be with Gedeputeerde Staten in any case
     *                               (default 15 September; Wgr art. 34(2))
     */
    public record Zienswijze(MonthDay kadersDeadline, Period term, Period reminderBefore, Period budgetToProvinceTerm,
                             MonthDay budgetToProvinceLatest) {

        public Zienswijze {
            Objects.requireNonNull(kadersDeadline, "zienswijze.kaders-deadline");
            positive(term, "zienswijze.term");
            notNegative(reminderBefore, "zienswijze.reminder-before");
            positive(budgetToProvinceTerm, "zienswijze.budget-to-province-term");
            Objects.requireNonNull(budgetToProvinceLatest, "zienswijze.budget-to-province-latest");
        }

        public static Zienswijze defaults() {
            return new Zienswijze(MonthDay.of(4, 30), Period.ofWeeks(12), Period.ofWeeks(2), Period.ofWeeks(2),
                    MonthDay.of(9, 15));
        }
    }

    public WeerbaarSettings withZone(ZoneId zone) {
        return new WeerbaarSettings(zone, measure, noodsteunpunt, continuity, zienswijze);
    }

    public WeerbaarSettings withMeasure(Measure measure) {
        return new WeerbaarSettings(zone, measure, noodsteunpunt, continuity, zienswijze);
    }

    public WeerbaarSettings withNoodsteunpunt(Noodsteunpunt noodsteunpunt) {
        return new WeerbaarSettings(zone, measure, noodsteunpunt, continuity, zienswijze);
    }

    public WeerbaarSettings withContinuity(Continuity continuity) {
        return new WeerbaarSettings(zone, measure, noodsteunpunt, continuity, zienswijze);
    }

    public WeerbaarSettings withZienswijze(Zienswijze zienswijze) {
        return new WeerbaarSettings(zone, measure, noodsteunpunt, continuity, zienswijze);
    }

    /**
     * The re-review interval as an ISO 8601 duration for timers, e.g. {@code P1Y}: what lifecycles started on a
     * model version before the re-review timer took its date from {@link Deadlines#reReviewAt()} still read.
     */
    public String reReviewDuration() {
        return measure.reReviewInterval().toString();
    }

    /** The noodsteunpunt retest interval as an ISO 8601 duration, e.g. {@code P1Y}. */
    public String noodsteunpuntRetestDuration() {
        return noodsteunpunt.retestInterval().toString();
    }

    /** A cron expression (Quartz syntax) that fires on the continuity review date each year at 09:00. */
    public String continuityReviewCron() {
        MonthDay day = continuity.reviewDate();
        return "0 0 9 " + day.getDayOfMonth() + " " + day.getMonthValue() + " ?";
    }

    /** The zienswijze term as an ISO 8601 duration, e.g. {@code P84D}. */
    public String zienswijzeTermDuration() {
        return zienswijze.term().toString();
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
