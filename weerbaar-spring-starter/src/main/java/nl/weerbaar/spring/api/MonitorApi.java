package nl.weerbaar.spring.api;

import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

import java.util.Comparator;
import java.util.List;

/**
 * Whether a caller of the monitor's API asked for a PDF.
 */
final class MonitorApi {

    private MonitorApi() {
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
