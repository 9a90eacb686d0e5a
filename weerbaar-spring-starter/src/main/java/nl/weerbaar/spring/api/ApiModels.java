package nl.weerbaar.spring.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.spring.progress.Lifecycle;
import nl.weerbaar.spring.progress.LifecycleStart;
import nl.weerbaar.spring.progress.MeasureProgress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shapes of the API, as {@code components.schemas} of its OpenAPI document describes them. Every field is
 * always written (a missing value as {@code null}) and dates as ISO 8601 text, whatever the application's own
 * Jackson settings.
 */
public final class ApiModels {

    private ApiModels() {
    }

    /** Catalog metadata. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CatalogInfo(String urn, int version, String title, String publisher,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate published, int measureCount) {

        static CatalogInfo of(Catalog catalog, int measureCount) {
            return new CatalogInfo(catalog.urn(), catalog.version(), catalog.title(), catalog.publisher(),
                    catalog.published(), measureCount);
        }
    }

    /** A pillar as a measure refers to it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PillarRef(int number, String name) {
    }

    /** One measure. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MeasureView(String urn, String ref, PillarRef pillar, int rank, boolean mostCrucial, String title,
                              String text, List<String> phases, List<String> responsible, List<String> partners,
                              boolean partnersKnown, String partnersRemark) {

        static MeasureView of(Measure measure, Locale locale) {
            return new MeasureView(measure.id().urn(), measure.ref(),
                    new PillarRef(measure.pillar().number(), measure.pillar().name(locale)), measure.rank(),
                    measure.mostCrucial(), measure.title(locale), measure.text(locale),
                    measure.phases().stream().map(Phase::name).toList(),
                    measure.responsible().stream().map(Party::code).toList(),
                    measure.partners().stream().map(Party::code).toList(), measure.partnersKnown(),
                    measure.findPartnersRemark(locale).orElse(null));
        }
    }

    /** One measure's progress in the calling gemeente. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProgressView(String ref, String title, int pillar, String status, String statusLabel,
                               String lifecycleStatus, String owner,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate dueDate,
                               String processInstanceId, String executedBy) {

        static ProgressView of(MeasureProgress progress, Locale locale) {
            return new ProgressView(progress.ref(), progress.title(), progress.pillar(), progress.status().name(),
                    progress.status().label(locale), progress.lifecycleStatus(), progress.owner(), progress.dueDate(),
                    progress.processInstanceId(), progress.executedBy());
        }
    }

    /** The gemeente's progress. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProgressReport(String tenant, List<ProgressView> measures) {
    }

    /** One lifecycle of a measure in the calling gemeente. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LifecycleView(String id, String ref, String tenant, String businessKey, String lifecycleStatus,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime startedAt,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime endedAt) {

        static LifecycleView of(Lifecycle lifecycle, ZoneId zone) {
            return new LifecycleView(lifecycle.id(), lifecycle.ref(), lifecycle.tenant(), lifecycle.businessKey(),
                    lifecycle.lifecycleStatus(), lifecycle.startedAt().atZone(zone).toOffsetDateTime(),
                    lifecycle.endedAt() == null ? null : lifecycle.endedAt().atZone(zone).toOffsetDateTime());
        }
    }

    /** A measure a start of many did not start because a lifecycle of it runs for the gemeente. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AlreadyRunningView(String ref, String lifecycleId, String tenant, String detail) {
    }

    /** A measure a start of many did not start for another reason. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NotStartedView(String ref, String detail) {
    }

    /** What the gemeente's start of many lifecycles did: each measure in one of the lists, in the order asked. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LifecycleStartReport(String tenant, List<LifecycleView> started,
                                       List<AlreadyRunningView> alreadyRunning, List<NotStartedView> notStarted) {

        static LifecycleStartReport of(String tenant, List<LifecycleStart> starts, ZoneId zone) {
            List<LifecycleView> started = new ArrayList<>();
            List<AlreadyRunningView> running = new ArrayList<>();
            List<NotStartedView> notStarted = new ArrayList<>();
            for (LifecycleStart start : starts) {
                switch (start.result()) {
                    case STARTED -> started.add(LifecycleView.of(start.lifecycle(), zone));
                    case ALREADY_RUNNING -> running.add(new AlreadyRunningView(start.ref(), start.lifecycleId(),
                            start.tenant(), start.reason()));
                    case REFUSED -> notStarted.add(new NotStartedView(start.ref(), start.reason()));
                }
            }
            return new LifecycleStartReport(tenant, List.copyOf(started), List.copyOf(running),
                    List.copyOf(notStarted));
        }
    }
}
