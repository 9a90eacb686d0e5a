package nl.weerbaar.spring.api;

import nl.weerbaar.spring.api.ApiModels.ProgressReport;
import nl.weerbaar.spring.api.ApiModels.ProgressView;
import nl.weerbaar.spring.progress.MeasureProgressService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * The calling gemeente's progress: where each measure stands.
 */
@RestController
public class ProgressController {

    private final MeasureProgressService progress;
    private final CallerTenant caller;
    private final Locale locale;

    public ProgressController(MeasureProgressService progress, CallerTenant caller, Locale locale) {
        this.progress = progress;
        this.caller = caller;
        this.locale = locale;
    }

    @GetMapping(path = WeerbaarApi.V1 + "/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    public ProgressReport progress() {
        String tenant = caller.require();
        return new ProgressReport(tenant, progress.progress(tenant).stream()
                .map(p -> ProgressView.of(p, locale)).toList());
    }
}
