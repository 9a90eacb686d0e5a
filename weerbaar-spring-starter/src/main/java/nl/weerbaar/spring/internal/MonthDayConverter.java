package nl.weerbaar.spring.internal;

import org.springframework.core.convert.converter.Converter;

import java.time.DateTimeException;
import java.time.MonthDay;

/**
 * Binds a day of the year written as {@code MM-DD} (or ISO's {@code --MM-DD}), e.g. {@code 04-30}.
 */
public final class MonthDayConverter implements Converter<String, MonthDay> {

    @Override
    public MonthDay convert(String source) {
        String text = source.strip();
        try {
            return MonthDay.parse(text.startsWith("--") ? text : "--" + text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + source + "' is not a day as MM-DD, e.g. 04-30", e);
        }
    }
}
