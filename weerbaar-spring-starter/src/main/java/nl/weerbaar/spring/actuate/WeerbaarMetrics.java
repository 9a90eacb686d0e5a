package nl.weerbaar.spring.actuate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.weerbaar.spring.progress.MeasureProgress;
import nl.weerbaar.spring.progress.MeasureProgressService;
import nl.weerbaar.spring.progress.ProgressStatus;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gauge {@code weerbaar.measures} with tags {@code tenant} and {@code status}: how many measures stand where.
 * One progress computation per tenant serves all five statuses of a scrape (cached for ten seconds).
 */
public class WeerbaarMetrics implements MeterBinder {

    private static final long CACHE_MILLIS = 10_000;

    private final MeasureProgressService progress;
    private final WeerbaarTenants tenants;
    private final Map<String, Snapshot> cache = new ConcurrentHashMap<>();

    public WeerbaarMetrics(MeasureProgressService progress, WeerbaarTenants tenants) {
        this.progress = progress;
        this.tenants = tenants;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (WeerbaarTenant tenant : tenants.all()) {
            for (ProgressStatus status : ProgressStatus.values()) {
                Gauge.builder("weerbaar.measures", () -> count(tenant.id(), status))
                        .description("Measures of the catalog per status in a tenant")
                        .tag("tenant", tenant.id()).tag("status", status.name().toLowerCase())
                        .register(registry);
            }
        }
    }

    private long count(String tenant, ProgressStatus status) {
        long now = ClockUtil.getCurrentTime().getTime();
        Snapshot snapshot = cache.compute(tenant, (id, cached) -> cached != null && now - cached.at < CACHE_MILLIS
                ? cached : new Snapshot(now, progress.progress(id)));
        return snapshot.measures.stream().filter(m -> m.status() == status).count();
    }

    private record Snapshot(long at, List<MeasureProgress> measures) {
    }
}
