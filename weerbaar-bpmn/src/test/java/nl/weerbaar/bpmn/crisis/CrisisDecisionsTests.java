package nl.weerbaar.bpmn.crisis;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The besluitenlijst as the evaluation shows it: one line per decision, oldest first, within Camunda's limit for
 * text, saying how many did not fit; and read back from the variable as it was stored.
 */
class CrisisDecisionsTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Test
    void aLongBesluitenlijstKeepsTheOldestDecisionsThatFitAndSaysHowManyMore() {
        List<CrisisDecisions.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            entries.add(entry("Besluit " + i + ": " + "x".repeat(120)));
        }

        String text = CrisisDecisions.text(entries, ZONE, 3_900);

        assertThat(text.length()).isLessThanOrEqualTo(3_900);
        assertThat(text).startsWith("1. 5 januari 2026 09:00 — burgemeester: Besluit 1: ");
        long shown = text.lines().filter(line -> line.matches("\\d+\\. .*")).count();
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("… en nog " + (40 - shown)
                + " besluit(en); de volledige lijst staat in de variabele decisionLog.");
        assertThat(shown).isBetween(10L, 39L);
    }

    @Test
    void aShortBesluitenlijstIsShownWholeAndAnEmptyOneSaysSo() {
        assertThat(CrisisDecisions.text(List.of(entry("Scholen dicht.")), ZONE, 3_900)).isEqualTo("1. 5 januari 2026"
                + " 09:00 — burgemeester: Scholen dicht. [vastgelegd 5 januari 2026 09:30]");
        assertThat(CrisisDecisions.text(List.of(), ZONE, 3_900)).isEqualTo("Er zijn geen besluiten vastgelegd.");
    }

    @Test
    void readsBackWhatWasStored() {
        CrisisDecisions.Entry entry = new CrisisDecisions.Entry("AFSCHALEN", "GRIP opgeheven.", "burgemeester",
                OffsetDateTime.parse("2026-01-06T18:00+01:00"), OffsetDateTime.parse("2026-01-06T18:05+01:00"),
                "utrecht.aov", "Stroom overal terug.");
        List<Map<String, String>> stored = List.of(entry.toMap());

        assertThat(CrisisDecisions.of(stored)).containsExactly(entry);
        assertThat(CrisisDecisions.of(null)).isEmpty();
        assertThat(entry.line(ZONE)).isEqualTo("6 januari 2026 18:00 — burgemeester: [afschalen] GRIP opgeheven."
                + " (Stroom overal terug.) [vastgelegd 6 januari 2026 18:05 door utrecht.aov]");
    }

    private static CrisisDecisions.Entry entry(String decision) {
        return new CrisisDecisions.Entry("BESLUIT", decision, "burgemeester",
                OffsetDateTime.parse("2026-01-05T09:00+01:00"), OffsetDateTime.parse("2026-01-05T09:30+01:00"), null,
                null);
    }
}
