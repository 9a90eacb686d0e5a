package nl.weerbaar.spring.api;

import com.fasterxml.jackson.databind.JsonNode;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.spring.api.ApiModels.LifecycleView;
import nl.weerbaar.spring.progress.MeasureProgressService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The lifecycles of a measure in the calling gemeente, a sub-resource of the measure
 * ({@code /core/resource-operations}): starting one is creating it, at most one runs at a time.
 */
@RestController
@RequestMapping(path = WeerbaarApi.V1 + "/catalog/measures/{ref}/lifecycles",
        produces = MediaType.APPLICATION_JSON_VALUE)
public class LifecycleController {

    private final MeasureProgressService progress;
    private final CallerTenant caller;
    private final ZoneId zone;

    public LifecycleController(MeasureProgressService progress, CallerTenant caller, ZoneId zone) {
        this.progress = progress;
        this.caller = caller;
        this.zone = zone;
    }

    @GetMapping
    public List<LifecycleView> lifecycles(@PathVariable("ref") String ref) {
        String tenant = caller.require();
        try {
            return progress.lifecycles(tenant, CatalogController.validRef(ref)).stream()
                    .map(l -> LifecycleView.of(l, zone)).toList();
        } catch (NoSuchElementException e) {
            throw CatalogController.unknownMeasure(ref);
        }
    }

    @GetMapping("/{lifecycleId}")
    public LifecycleView lifecycle(@PathVariable("ref") String ref, @PathVariable("lifecycleId") String lifecycleId) {
        String tenant = caller.require();
        try {
            return progress.lifecycle(tenant, CatalogController.validRef(ref), lifecycleId)
                    .map(l -> LifecycleView.of(l, zone))
                    .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "Maatregel " + ref + " heeft in "
                            + tenant + " geen levenscyclus " + lifecycleId + "."));
        } catch (NoSuchElementException e) {
            throw CatalogController.unknownMeasure(ref);
        }
    }

    /**
     * Starts the lifecycle. The request needs no body; one that is sent must be an empty JSON object, so that a
     * field a client expects to matter is not silently ignored.
     */
    @PostMapping
    public ResponseEntity<LifecycleView> start(@PathVariable("ref") String ref,
                                               @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                                               String contentType,
                                               @RequestBody(required = false) byte[] body)
            throws HttpMediaTypeNotSupportedException {
        String tenant = caller.require();
        requireEmpty(contentType, body);
        try {
            LifecycleView started = LifecycleView.of(progress.startLifecycle(tenant, CatalogController.validRef(ref)),
                    zone);
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                    .buildAndExpand(started.id()).toUri()).body(started);
        } catch (NoSuchElementException e) {
            throw CatalogController.unknownMeasure(ref);
        } catch (MeasureLifecycle.AlreadyStartedException e) {
            throw new ApiException(HttpStatus.CONFLICT, e.processInstanceId() == null
                    ? "Maatregel " + ref + " wordt op dit moment al gestart in " + tenant + "; er loopt hooguit één"
                    + " levenscyclus tegelijk."
                    : "Maatregel " + ref + " loopt al in " + tenant + " (levenscyclus " + e.processInstanceId() + ").");
        }
    }

    private static void requireEmpty(String contentType, byte[] body) throws HttpMediaTypeNotSupportedException {
        JsonNode json = RequestJson.read(contentType, body);
        if (json == null) {
            return;
        }
        if (!json.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Een start neemt geen gegevens aan: laat de inhoud weg of"
                    + " stuur een leeg object ({}).");
        }
        if (!json.isEmpty()) {
            List<String> fields = new ArrayList<>();
            json.fieldNames().forEachRemaining(fields::add);
            throw new ApiException(HttpStatus.BAD_REQUEST, "Een start neemt geen gegevens aan, ook niet '"
                    + String.join("', '", fields) + "': laat de inhoud weg of stuur een leeg object ({}).");
        }
    }
}
