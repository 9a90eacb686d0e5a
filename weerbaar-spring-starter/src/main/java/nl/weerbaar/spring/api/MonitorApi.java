package nl.weerbaar.spring.api;

import nl.weerbaar.spring.monitor.MonitorRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the monitor's API calls share: its refusals as the API's, and whether the caller asked for a PDF.
 */
final class MonitorApi {

    private MonitorApi() {
    }

    static <T> T call(Supplier<T> read) {
        try {
            return read.get();
        } catch (MonitorRefusal refusal) {
            throw new ApiException(HttpStatus.valueOf(refusal.status()), refusal.getMessage());
        }
    }

    /** Whether the Accept header ranks PDF above JSON (a client that accepts anything gets JSON). */
    static boolean prefersPdf(String accept) {
        if (!StringUtils.hasText(accept)) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.includes(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.includes(MediaType.APPLICATION_PDF)) {
                return true;
            }
        }
        return false;
    }
}
