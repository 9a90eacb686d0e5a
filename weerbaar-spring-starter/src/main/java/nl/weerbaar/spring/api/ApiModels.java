package nl.weerbaar.spring.api;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.spring.progress.MeasureProgress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shapes of the API.
 */
public final class ApiModels {

    private ApiModels() {
    }

    /** Catalog metadata. */
    public record CatalogInfo(String urn, int version, String title, String publisher, LocalDate published,
                              int measureCount) {

        static CatalogInfo of(Catalog catalog, int measureCount) {
            return new CatalogInfo(catalog.urn(), catalog.version(), catalog.title(), catalog.publisher(),
                    catalog.published(), measureCount);
        }
    }

    /** A pillar as a measure refers to it. */
    public record PillarRef(int number, String name) {
    }

    /** One measure. */
    public record MeasureView(String urn, String ref, PillarRef pillar, int rank, boolean mostCrucial, String title,
                              String text, List<String> phases, List<String> responsible, List<String> partners) {

        static MeasureView of(Measure measure, Locale locale) {
            return new MeasureView(measure.id().urn(), measure.ref(),
                    new PillarRef(measure.pillar().number(), measure.pillar().name(locale)), measure.rank(),
                    measure.mostCrucial(), measure.title(locale), measure.text(locale),
                    measure.phases().stream().map(Phase::name).toList(),
                    measure.responsible().stream().map(Party::code).toList(),
                    measure.partners().stream().map(Party::code).toList());
        }
    }

    /** One measure's progress in the calling gemeente. */
    public record ProgressView(String ref, String title, int pillar, String status, String statusLabel,
                               String lifecycleStatus, String owner, LocalDate dueDate, String processInstanceId) {

        static ProgressView of(MeasureProgress progress, Locale locale) {
            return new ProgressView(progress.ref(), progress.title(), progress.pillar(), progress.status().name(),
                    progress.status().label(locale), progress.lifecycleStatus(), progress.owner(), progress.dueDate(),
                    progress.processInstanceId());
        }
    }

    /** The gemeente's progress. */
    public record ProgressReport(String tenant, List<ProgressView> measures) {
    }

    /** A started lifecycle. */
    public record Started(String processInstanceId, String businessKey, String tenant, String ref) {
    }
}
