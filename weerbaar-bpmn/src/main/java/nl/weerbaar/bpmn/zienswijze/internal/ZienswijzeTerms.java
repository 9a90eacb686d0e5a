package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.settings.Deadlines;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * The legal terms of the budget cycle as days and timer moments, all taken from {@link WeerbaarSettings}. A
 * "day" is stored as a Date at its start; a day counts in full, so a term has passed at the start of the next
 * day. Models use it in expressions: {@code ${weerbaarZienswijzeTerms.reminderAt(zienswijzeDeadline)}}.
 */
public final class ZienswijzeTerms {

    /** The name under which models find this helper. */
    public static final String BEAN_NAME = "weerbaarZienswijzeTerms";

    /** Reminders go out at the start of the working day. */
    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final WeerbaarSettings settings;
    private final ZoneId zone;
    private final Deadlines days;

    public ZienswijzeTerms(WeerbaarSettings settings) {
        this.settings = settings;
        this.zone = settings.zone();
        this.days = new Deadlines(settings);
    }

    /** The day the kaders and provisional annual accounts are due at the councils (Wgr art. 34b). */
    public LocalDate kadersDue(int budgetYear) {
        return settings.zienswijze().kadersDeadline().atYear(budgetYear - 1);
    }

    /** The last day of the councils' zienswijze term on a draft sent on {@code sentOn} (Wgr art. 35(1), (3)). */
    public LocalDate zienswijzeDeadline(LocalDate sentOn) {
        return sentOn.plus(settings.zienswijze().term());
    }

    /**
     * The day the adopted budget is due at Gedeputeerde Staten: the term after adoption, but never later than the
     * fixed day in the year before the budget year (Wgr art. 34(2)).
     */
    public LocalDate provinceDue(LocalDate adoptedOn, int budgetYear) {
        LocalDate afterAdoption = adoptedOn.plus(settings.zienswijze().budgetToProvinceTerm());
        LocalDate latest = settings.zienswijze().budgetToProvinceLatest().atYear(budgetYear - 1);
        return afterAdoption.isAfter(latest) ? latest : afterAdoption;
    }

    /** When the griffie is reminded: the configured period before the last day of the term, at 09:00. */
    public Date reminderAt(Object deadline) {
        return Date.from(toLocalDate(deadline).minus(settings.zienswijze().reminderBefore()).atTime(REMINDER_TIME)
                .atZone(zone).toInstant());
    }

    /** When a day has passed: the start of the next day. */
    public Date passedAt(Object day) {
        return days.overdueAt(day);
    }

    /** A day as the Date variables and task due dates hold it: its start. */
    public Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    /** A day as forms submit it (ISO text), as the REST API may (a Date) or as Java does (a LocalDate). */
    public LocalDate toLocalDate(Object value) {
        return days.toLocalDate(value);
    }
}
