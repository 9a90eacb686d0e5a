package nl.weerbaar.bpmn.settings;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Turns due dates entered on forms into timer dates: the reminder some time before, and the moment a measure is
 * overdue. Models use it in timer expressions: {@code ${weerbaarDeadlines.overdueAt(dueDate)}}.
 */
public final class Deadlines {

    /** The name under which models find this helper. */
    public static final String BEAN_NAME = "weerbaarDeadlines";

    /** Reminders go out at the start of the working day. */
    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final WeerbaarSettings settings;
    private final ZoneId zone;

    public Deadlines(WeerbaarSettings settings) {
        this.settings = settings;
        this.zone = settings.zone();
    }

    /** When to remind: the configured period before the due date, at 09:00. */
    public Date reminderAt(Object dueDate) {
        LocalDate due = toLocalDate(dueDate);
        return Date.from(due.minus(settings.measure().reminderBeforeDue()).atTime(REMINDER_TIME).atZone(zone).toInstant());
    }

    /** When a measure is overdue: the start of the day after its due date. */
    public Date overdueAt(Object dueDate) {
        return Date.from(toLocalDate(dueDate).plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * When a measure approved now is reviewed again: the engine's time now plus the re-review interval, in the
     * zone. A date, not the interval as a timer duration: Camunda looks up an XML datatype factory on the class path
     * for every duration it reads.
     */
    public Date reReviewAt() {
        return Date.from(ClockUtil.getCurrentTime().toInstant().atZone(zone)
                .plus(settings.measure().reReviewInterval()).toInstant());
    }

    /** A due date as forms submit it (ISO text) or as the REST API may (a date). */
    public LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value == null) {
            throw new IllegalArgumentException("no due date set");
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + text, e);
        }
    }
}
