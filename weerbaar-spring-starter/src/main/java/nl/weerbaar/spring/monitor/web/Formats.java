package nl.weerbaar.spring.monitor.web;

import nl.weerbaar.bpmn.measure.MeasureStatus;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.spring.monitor.MonitorMessages;
import nl.weerbaar.spring.monitor.StatusCounts;
import nl.weerbaar.spring.progress.ProgressStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the templates need to show figures in the reader's language: dates, labels of statuses and phases, the
 * segments of a stacked bar and its text alternative, and links to Tasklist.
 */
public final class Formats {

    /** The statuses in the order bars, legends and tables show them. */
    public static final List<ProgressStatus> ORDER = List.of(ProgressStatus.DONE, ProgressStatus.IN_PROGRESS,
            ProgressStatus.OVERDUE, ProgressStatus.NOT_STARTED, ProgressStatus.NOT_APPLICABLE,
            ProgressStatus.UNREADABLE);

    private static final Map<String, String> DECISION_KEYS = Map.of("GOEDGEKEURD", "decision.approved",
            "AFGEKEURD", "decision.rejected", "VAN_TOEPASSING", "decision.applicable",
            "NIET_VAN_TOEPASSING", "decision.not-applicable", "NOG_OP_ORDE", "decision.still-in-order",
            "HEROPENEN", "decision.reopen");

    private final Locale locale;
    private final ZoneId zone;
    private final String tasklist;

    public Formats(Locale locale, ZoneId zone, String tasklist) {
        this.locale = MonitorMessages.supported(locale);
        this.zone = zone;
        this.tasklist = tasklist;
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** A message without arguments (OGNL calls no varargs method with none). */
    public String msg(String key) {
        return MonitorMessages.get(locale, key);
    }

    public String msg(String key, Object... arguments) {
        return MonitorMessages.get(locale, key, arguments);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String moment(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(DateTimeFormatter.ofLocalizedDateTime(
                FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale));
    }

    public String isoMoment(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toOffsetDateTime().toString();
    }

    public List<ProgressStatus> statuses() {
        return ORDER;
    }

    public String status(ProgressStatus status) {
        return status == null ? msg("status.none") : status.label(locale);
    }

    /** A cell's short text: the status's word, short enough for a matrix. */
    public String shortStatus(ProgressStatus status) {
        return status == null ? "–" : msg("status.short." + status.name());
    }

    public String css(ProgressStatus status) {
        return status == null ? "none" : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String lifecycle(String status) {
        if (status == null) {
            return "";
        }
        try {
            return MeasureStatus.valueOf(status).label(locale);
        } catch (IllegalArgumentException e) {
            return status;
        }
    }

    public String phase(Phase phase) {
        return phase.label(locale);
    }

    /** The phases in the order a crisis passes through them. */
    public List<Phase> phases(java.util.Collection<Phase> phases) {
        return java.util.Arrays.stream(Phase.values()).filter(phases::contains).toList();
    }

    public String decision(String value) {
        if (value == null) {
            return "";
        }
        String key = DECISION_KEYS.get(value);
        return key == null ? value : msg(key);
    }

    public String basis(String basis) {
        return basis == null ? "" : msg("basis." + basis);
    }

    /** Tasklist's address. */
    public String tasklist() {
        return tasklist;
    }

    /** Tasklist's page of the task. */
    public String taskUrl(String taskId) {
        return tasklist + "#/?task=" + taskId;
    }

    /** The bar's segments: every status with measures, widths in percent adding up to exactly 100. */
    public List<Segment> segments(StatusCounts counts) {
        List<Segment> segments = new ArrayList<>();
        if (counts.total() == 0) {
            return segments;
        }
        double used = 0;
        List<ProgressStatus> present = ORDER.stream().filter(s -> counts.count(s) > 0).toList();
        for (int i = 0; i < present.size(); i++) {
            ProgressStatus status = present.get(i);
            double width = i == present.size() - 1 ? Math.round((100 - used) * 10) / 10.0
                    : Math.floor(counts.count(status) * 1000.0 / counts.total()) / 10.0;
            used += width;
            segments.add(new Segment(status, css(status), width, counts.count(status), status(status)));
        }
        return segments;
    }

    /** The bar as a sentence, for screen readers and as the chart's text alternative. */
    public String describe(String subject, StatusCounts counts) {
        List<String> parts = new ArrayList<>();
        for (ProgressStatus status : ORDER) {
            parts.add(counts.count(status) + " " + status(status).toLowerCase(locale));
        }
        return msg("chart.description", subject, counts.total(), String.join(", ", parts), counts.percentDone());
    }

    /** One status's part of a bar. */
    public record Segment(ProgressStatus status, String css, double width, int count, String label) {

        /** The width as CSS, with a dot whatever the locale. */
        public String style() {
            return "width: " + String.format(Locale.ROOT, "%.1f", width) + "%";
        }
    }
}
