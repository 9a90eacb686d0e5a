package nl.weerbaar.bpmn.crisis;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The besluitenlijst of a crisis: every decision recorded during the warm phase, with when it was taken and when
 * and by whom it was recorded. Kept in the variable {@link CrisisVariables#DECISION_LOG} as a list of maps of
 * text, so that reading it back never depends on a class of this version.
 */
public final class CrisisDecisions {

    private static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm",
            Locale.forLanguageTag("nl"));

    private CrisisDecisions() {
    }

    /**
     * One decision.
     *
     * @param kind       {@code BESLUIT} or {@code AFSCHALEN}
     * @param decision   what was decided
     * @param decidedBy  who decided: the burgemeester, the beleidsteam, …
     * @param decidedAt  when it was decided
     * @param recordedAt when it was recorded (the engine's clock)
     * @param recordedBy the user who recorded it, {@code null} when unknown
     * @param note       a note, {@code null} when none
     */
    public record Entry(String kind, String decision, String decidedBy, OffsetDateTime decidedAt,
                        OffsetDateTime recordedAt, String recordedBy, String note) {

        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(decidedAt, "decidedAt");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }

        /** The entry as the variable keeps it. */
        public Map<String, String> toMap() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("kind", kind);
            map.put("decision", decision);
            map.put("decidedBy", decidedBy);
            map.put("decidedAt", decidedAt.toString());
            map.put("recordedAt", recordedAt.toString());
            map.put("recordedBy", recordedBy);
            map.put("note", note);
            return map;
        }

        static Entry of(Map<?, ?> map) {
            return new Entry(text(map.get("kind")), text(map.get("decision")), text(map.get("decidedBy")),
                    OffsetDateTime.parse(text(map.get("decidedAt"))), OffsetDateTime.parse(text(map.get("recordedAt"))),
                    text(map.get("recordedBy")), text(map.get("note")));
        }

        /** One line of the besluitenlijst, e.g. "5 januari 2026 14:30 — burgemeester: Noodverordening …". */
        public String line(ZoneId zone) {
            StringBuilder line = new StringBuilder(DUTCH_MOMENT.format(decidedAt.atZoneSameInstant(zone)))
                    .append(" — ").append(decidedBy).append(": ");
            if (CrisisForms.DecisionKind.AFSCHALEN.name().equals(kind)) {
                line.append("[afschalen] ");
            }
            line.append(decision.strip().replaceAll("\\s+", " "));
            if (note != null && !note.isBlank()) {
                line.append(" (").append(note.strip().replaceAll("\\s+", " ")).append(")");
            }
            return line.append(" [vastgelegd ").append(DUTCH_MOMENT.format(recordedAt.atZoneSameInstant(zone)))
                    .append(recordedBy == null ? "" : " door " + recordedBy).append("]").toString();
        }
    }

    /** The entries a {@link CrisisVariables#DECISION_LOG} variable holds; none when it is not set. */
    public static List<Entry> of(Object variable) {
        List<Entry> entries = new ArrayList<>();
        if (variable instanceof Collection<?> list) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> map) {
                    entries.add(Entry.of(map));
                }
            }
        }
        return entries;
    }

    /**
     * The besluitenlijst as text, one line per decision, oldest first, at most {@code maxChars} long: when it
     * does not fit, the lines that fit and how many more there are.
     */
    public static String text(List<Entry> entries, ZoneId zone, int maxChars) {
        if (entries.isEmpty()) {
            return "Er zijn geen besluiten vastgelegd.";
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add((i + 1) + ". " + entries.get(i).line(zone));
        }
        String all = String.join("\n", lines);
        if (all.length() <= maxChars) {
            return all;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String more = "… en nog " + (lines.size() - i) + " besluit(en); de volledige lijst staat in de"
                    + " variabele " + CrisisVariables.DECISION_LOG + ".";
            String next = lines.get(i) + "\n";
            if (text.length() + next.length() + more.length() > maxChars) {
                return text.append(more).toString();
            }
            text.append(next);
        }
        return text.toString().strip();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
