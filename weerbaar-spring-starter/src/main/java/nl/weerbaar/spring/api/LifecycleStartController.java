package nl.weerbaar.spring.api;

import com.fasterxml.jackson.databind.JsonNode;
import nl.weerbaar.spring.api.ApiModels.LifecycleStartReport;
import nl.weerbaar.spring.progress.MeasureProgressService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Starts the lifecycles of many measures of the calling gemeente in one call: a POST on the collection of its
 * lifecycles ({@code /core/resource-operations}), under the same rule as a single start — at most one runs per
 * gemeente and measure — and in one transaction, so a whole catalog costs one request instead of one per measure.
 */
@RestController
public class LifecycleStartController {

    /** The one field the request takes. */
    static final String REFS = "refs";

    private final MeasureProgressService progress;
    private final CallerTenant caller;
    private final ZoneId zone;

    public LifecycleStartController(MeasureProgressService progress, CallerTenant caller, ZoneId zone) {
        this.progress = progress;
        this.caller = caller;
        this.zone = zone;
    }

    /**
     * Starts the lifecycle of every measure that applies to the gemeente (no body, or {@code {}}) or of the measures
     * {@code refs} names, and says per measure what happened. Input that is not what the call takes is refused before
     * anything starts, every fault named with where it is.
     */
    @PostMapping(path = WeerbaarApi.V1 + "/lifecycles", produces = MediaType.APPLICATION_JSON_VALUE)
    public LifecycleStartReport start(@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                                      String contentType,
                                      @RequestBody(required = false) byte[] body)
            throws HttpMediaTypeNotSupportedException {
        String tenant = caller.require();
        List<String> refs = refs(tenant, contentType, body);
        return LifecycleStartReport.of(tenant, progress.startLifecycles(tenant, refs), zone);
    }

    /** The refs the body names, {@code null} for every applicable measure; anything else is refused with 400. */
    private List<String> refs(String tenant, String contentType, byte[] body) throws HttpMediaTypeNotSupportedException {
        JsonNode json = RequestJson.read(contentType, body);
        if (json == null) {
            return null;
        }
        String shape = "stuur geen inhoud of {} voor alle maatregelen die voor de gemeente gelden, of {\"" + REFS
                + "\": [\"2.3\", \"2.4\"]} voor die maatregelen.";
        if (!json.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "De inhoud van het verzoek is geen JSON-object; " + shape);
        }
        List<String> faults = new ArrayList<>();
        json.fieldNames().forEachRemaining(field -> {
            if (!REFS.equals(field)) {
                faults.add("veld '" + field + "' wordt niet aangenomen");
            }
        });
        JsonNode given = json.get(REFS);
        List<String> refs = null;
        if (given != null) {
            if (!given.isArray()) {
                faults.add("'" + REFS + "' is geen lijst van maatregelnummers");
            } else if (given.isEmpty()) {
                faults.add("'" + REFS + "' is leeg; laat het weg voor alle maatregelen, of noem er minstens één");
            } else {
                refs = new ArrayList<>();
                Map<String, Integer> first = new HashMap<>();
                Map<Integer, String> byPosition = new TreeMap<>();
                for (int i = 0; i < given.size(); i++) {
                    JsonNode ref = given.get(i);
                    String where = REFS + "[" + i + "]";
                    if (!ref.isTextual() || !CatalogController.REF.matcher(ref.asText()).matches()) {
                        byPosition.put(i, where + " (" + ref + ") is geen maatregelnummer, zoals \"2.3\"");
                        continue;
                    }
                    Integer earlier = first.putIfAbsent(ref.asText(), i);
                    if (earlier != null) {
                        byPosition.put(i, where + " noemt maatregel " + ref.asText() + " nogmaals (ook " + REFS + "["
                                + earlier + "])");
                        continue;
                    }
                    refs.add(ref.asText());
                }
                for (String unknown : progress.unknownMeasures(tenant, refs)) {
                    byPosition.put(first.get(unknown), REFS + "[" + first.get(unknown) + "]: maatregel " + unknown
                            + " bestaat niet in de catalogus van " + tenant);
                }
                faults.addAll(byPosition.values());
            }
        }
        if (!faults.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Niets gestart: " + String.join("; ", faults) + ". "
                    + Character.toUpperCase(shape.charAt(0)) + shape.substring(1));
        }
        return refs;
    }
}
