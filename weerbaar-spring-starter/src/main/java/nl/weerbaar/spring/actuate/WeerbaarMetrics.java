package nl.weerbaar.spring.actuate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.weerbaar.spring.progress.MeasureProgress;
import nl.weerbaar.spring.progress.MeasureProgressService;
import nl.weerbaar.spring.progress.ProgressStatus;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Gauge {@code weerbaar.measures} with tags {@code tenant} and {@code status}: how many measures stand where. A
 * background thread computes the counts of every tenant each refresh interval ({@code
 * weerbaar.metrics.refresh-interval}, 5 minutes by default) and a scrape only reads them, so a scrape costs the same
 * at 3 tenants as at 367 and touches no database; the counts are at most one interval (plus one computation) old.
 * A refresh computes {@value #BATCH} tenants at a time, each batch one engine command with a fixed number of queries
 * ({@link MeasureProgressService#progress(Collection)}): 15 commands at 367 tenants instead of 367. Tenants created
 * at runtime appear with the next refresh. On shutdown no refresh starts any more and a running one stops at the next
 * batch and is waited for, so that it never queries an engine or database already closed.
 */
public class WeerbaarMetrics implements MeterBinder, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(WeerbaarMetrics.class);
    /** How long {@link #destroy()} waits for a running refresh: one batch's progress, with time to spare. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    /** How many tenants' progress one step of a refresh computes together. */
    static final int BATCH = 25;

    private final Function<Collection<String>, Map<String, List<MeasureProgress>>> progress;
    private final int batch;
    private final WeerbaarTenants tenants;
    private final Duration interval;
    private final Duration stopTimeout;
    private final List<MultiGauge> gauges = new ArrayList<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "weerbaar-metrics");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Map<String, Map<ProgressStatus, Long>> counts = Map.of();
    private volatile boolean scheduled;
    private volatile boolean stopping;

    public WeerbaarMetrics(MeasureProgressService progress, WeerbaarTenants tenants, Duration interval) {
        this(progress::progress, tenants, interval, STOP_TIMEOUT, BATCH);
    }

    WeerbaarMetrics(Function<Collection<String>, Map<String, List<MeasureProgress>>> progress,
                    WeerbaarTenants tenants, Duration interval, Duration stopTimeout, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, not " + batch);
        }
        this.progress = progress;
        this.batch = batch;
        this.tenants = tenants;
        this.interval = interval;
        this.stopTimeout = stopTimeout;
    }

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        MultiGauge gauge = MultiGauge.builder("weerbaar.measures")
                .description("Measures of the catalog per status in a tenant").register(registry);
        gauges.add(gauge);
        publish(gauge, counts);
        if (!scheduled) {
            scheduled = true;
            refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Computes every tenant's counts now, a batch of tenants at a time, and publishes them; returns tenant → status →
     * number of measures. Once the application is shutting down it stops at the next batch and returns the previous
     * counts unchanged.
     */
    public synchronized Map<String, Map<ProgressStatus, Long>> refresh() {
        Map<String, Map<ProgressStatus, Long>> computed = new LinkedHashMap<>();
        List<String> ids = tenants.all().stream().map(WeerbaarTenant::id).distinct().toList();
        for (int from = 0; from < ids.size(); from += batch) {
            if (stopping) {
                return counts;
            }
            List<String> part = ids.subList(from, Math.min(from + batch, ids.size()));
            Map<String, List<MeasureProgress>> byTenant = progress.apply(part);
            for (String id : part) {
                Map<ProgressStatus, Long> byStatus = new EnumMap<>(ProgressStatus.class);
                for (ProgressStatus status : ProgressStatus.values()) {
                    byStatus.put(status, 0L);
                }
                for (MeasureProgress measure : byTenant.getOrDefault(id, List.of())) {
                    byStatus.merge(measure.status(), 1L, Long::sum);
                }
                computed.put(id, Map.copyOf(byStatus));
            }
        }
        counts = Map.copyOf(computed);
        gauges.forEach(gauge -> publish(gauge, counts));
        return counts;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            if (stopping) {
                // The engine or its database is going away with the application: nothing is wrong.
                LOG.debug("weerbaar.measures: refresh ended by the shutdown ({})", e.toString());
                return;
            }
            // A failed refresh keeps the last counts; the next one tries again.
            LOG.warn("weerbaar.measures: counts not refreshed ({}); the previous counts stay", e.toString());
        }
    }

    private static void publish(MultiGauge gauge, Map<String, Map<ProgressStatus, Long>> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((tenant, byStatus) -> byStatus.forEach((status, count) -> rows.add(MultiGauge.Row.of(
                Tags.of("tenant", tenant, "status", status.name().toLowerCase()), count))));
        gauge.register(rows, true);
    }

    /**
     * Schedules no further refresh and waits (at most 10 seconds) for a running one to end, before the engine and the
     * database it reads are closed; Spring destroys this bean before the progress service and the engine it uses.
     */
    @Override
    public void destroy() {
        stopping = true;
        // shutdown(), not shutdownNow(): an interrupt does not stop a JDBC call, it would only hide the refresh.
        refresher.shutdown();
        try {
            if (!refresher.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("weerbaar.measures: a refresh still runs after {}; the application stops without it",
                        stopTimeout);
                refresher.shutdownNow();
            }
        } catch (InterruptedException e) {
            refresher.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
