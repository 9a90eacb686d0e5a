package nl.weerbaar.spring.api;

import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.spring.api.ApiModels.ProgressReport;
import nl.weerbaar.spring.api.ApiModels.ProgressView;
import nl.weerbaar.spring.api.ApiModels.Started;
import nl.weerbaar.spring.progress.MeasureProgressService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The calling gemeente's progress, and starting a measure's lifecycle there.
 */
@RestController
@RequestMapping("/api/weerbaar")
public class ProgressController {

    private final MeasureProgressService progress;
    private final CallerTenant caller;
    private final Locale locale;

    public ProgressController(MeasureProgressService progress, CallerTenant caller, Locale locale) {
        this.progress = progress;
        this.caller = caller;
        this.locale = locale;
    }

    @GetMapping("/progress")
    public ProgressReport progress() {
        String tenant = caller.require();
        return new ProgressReport(tenant, progress.progress(tenant).stream()
                .map(p -> ProgressView.of(p, locale)).toList());
    }

    @PostMapping("/measures/{ref}/start")
    public ResponseEntity<Started> start(@PathVariable String ref) {
        String tenant = caller.require();
        try {
            ProcessInstance instance = progress.start(tenant, ref);
            return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + instance.getId()))
                    .body(new Started(instance.getId(), instance.getBusinessKey(), tenant, ref));
        } catch (NoSuchElementException e) {
            throw new ApiException(HttpStatus.NOT_FOUND, "Maatregel " + ref + " bestaat niet in de catalogus.");
        } catch (MeasureLifecycle.AlreadyStartedException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Maatregel " + ref + " loopt al in " + tenant
                    + " (procesinstantie " + e.processInstanceId() + ").");
        }
    }
}
