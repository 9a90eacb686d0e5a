package nl.weerbaar.bpmn.settings;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theReReviewIsDueTheIntervalAfterNowAtTheSameTimeOfDayInTheZoneAcrossSummerTime() {
        WeerbaarSettings defaults = WeerbaarSettings.defaults();
        WeerbaarSettings halfYearly = new WeerbaarSettings(AMSTERDAM,
                new WeerbaarSettings.Measure(Period.ofMonths(6), defaults.measure().reminderBeforeDue()),
                defaults.noodsteunpunt(), defaults.continuity(), defaults.zienswijze());
        ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 1, 5, 10, 0)));

        assertThat(new Deadlines(halfYearly).reReviewAt()).isEqualTo(at(LocalDateTime.of(2026, 7, 5, 10, 0)));
    }

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(AMSTERDAM).toInstant());
    }
}
