package nl.weerbaar.spring.actuate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.weerbaar.spring.progress.MeasureProgress;
import nl.weerbaar.spring.progress.ProgressStatus;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background refresh of {@code weerbaar.measures} computes its tenants a batch at a time. On shutdown it is waited
 * for, so that it never queries an engine or database the application has already closed, and a refresh ended by the
 * shutdown is no warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class WeerbaarMetricsTests {

    private static final Duration HOURLY = Duration.ofHours(1);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /** Opened by the progress stub once a refresh is inside it. */
    private final CountDownLatch refreshing = new CountDownLatch(1);
    /** Lets the blocked refresh go on. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @AfterEach
    void releaseTheRefresh() {
        release.countDown();
    }

    @Test
    void aRefreshAsksForItsTenantsABatchAtATimeAndCountsEachTenantsMeasuresByStatus() {
        List<List<String>> batches = new CopyOnWriteArrayList<>();
        List<WeerbaarTenant> all = java.util.stream.Stream.of("a", "b", "c", "d", "e")
                .map(id -> new WeerbaarTenant(id, null, null, null)).toList();
        WeerbaarMetrics metrics = new WeerbaarMetrics(ids -> {
            batches.add(List.copyOf(ids));
            Map<String, List<MeasureProgress>> progress = new LinkedHashMap<>();
            ids.forEach(id -> progress.put(id, id.equals("c") ? List.of(measure("1.1", ProgressStatus.DONE),
                    measure("1.2", ProgressStatus.DONE), measure("1.3", ProgressStatus.NOT_STARTED)) : List.of()));
            return progress;
        }, () -> all, HOURLY, STOP_TIMEOUT, 2);

        Map<String, Map<ProgressStatus, Long>> counts = metrics.refresh();

        assertThat(batches).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
        assertThat(counts).containsOnlyKeys("a", "b", "c", "d", "e");
        assertThat(counts.get("c")).containsEntry(ProgressStatus.DONE, 2L)
                .containsEntry(ProgressStatus.NOT_STARTED, 1L).containsEntry(ProgressStatus.IN_PROGRESS, 0L);
        assertThat(counts.get("e").values()).containsOnly(0L);
    }

    @Test
    void destroyReturnsOnlyAfterTheRunningRefreshEnded() throws Exception {
        AtomicBoolean ended = new AtomicBoolean();
        WeerbaarMetrics metrics = metrics(blockingFor("a", () -> {
            // A JDBC call does not end when its thread is interrupted: nor does this one.
            awaitUninterruptibly(release);
            sleep(200);
            ended.set(true);
        }), STOP_TIMEOUT, "a");
        metrics.bindTo(new SimpleMeterRegistry());
        assertThat(refreshing.await(10, TimeUnit.SECONDS)).as("the first refresh runs at once").isTrue();

        CompletableFuture<Void> destroyed = CompletableFuture.runAsync(metrics::destroy);
        Thread.sleep(300);
        assertThat(destroyed).as("destroy waits while the refresh runs").isNotDone();

        release.countDown();
        destroyed.get(10, TimeUnit.SECONDS);
        assertThat(ended).as("the refresh had ended when destroy returned").isTrue();
    }

    @Test
    void aRefreshRunningAtShutdownStopsAtTheNextTenantAndKeepsThePreviousCounts() throws Exception {
        AtomicBoolean block = new AtomicBoolean();
        WeerbaarMetrics metrics = metrics(tenant -> {
            asked.add(tenant);
            if (block.get() && tenant.equals("a")) {
                refreshing.countDown();
                awaitUninterruptibly(release);
            }
            return List.of();
        }, STOP_TIMEOUT, "a", "b", "c");
        Map<String, ?> before = metrics.refresh();
        assertThat(before).containsOnlyKeys("a", "b", "c");
        asked.clear();
        block.set(true);
        CompletableFuture<Map<String, ?>> refresh = CompletableFuture.supplyAsync(metrics::refresh);
        assertThat(refreshing.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> destroyed = CompletableFuture.runAsync(metrics::destroy);
        Thread.sleep(100);
        release.countDown();
        destroyed.get(10, TimeUnit.SECONDS);

        assertThat(refresh.get(10, TimeUnit.SECONDS)).isSameAs(before);
        assertThat(asked).as("no tenant asked for after the shutdown began").containsExactly("a");
    }

    @Test
    void destroyWaitsNoLongerThanItsTimeout() throws Exception {
        WeerbaarMetrics metrics = metrics(blockingFor("a", () -> awaitUninterruptibly(release)),
                Duration.ofMillis(300), "a");
        metrics.bindTo(new SimpleMeterRegistry());
        assertThat(refreshing.await(10, TimeUnit.SECONDS)).isTrue();

        long begin = System.nanoTime();
        CompletableFuture.runAsync(metrics::destroy).get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isBetween(Duration.ofMillis(300),
                Duration.ofSeconds(5));
    }

    @Test
    void anInterruptedDestroyStopsWaitingAndKeepsTheInterrupt() throws Exception {
        WeerbaarMetrics metrics = metrics(blockingFor("a", () -> awaitUninterruptibly(release)), STOP_TIMEOUT,
                "a");
        metrics.bindTo(new SimpleMeterRegistry());
        assertThat(refreshing.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread stopper = new Thread(() -> {
            metrics.destroy();
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        stopper.start();
        Thread.sleep(200);
        stopper.interrupt();
        stopper.join(5_000);

        assertThat(stopper.isAlive()).as("destroy returned well before its 10 s").isFalse();
        assertThat(interruptedAfter).as("the interrupt flag is restored").isTrue();
    }

    @Test
    void aRefreshFailingBecauseOfTheShutdownLogsNoWarningOrError(CapturedOutput output) throws Exception {
        WeerbaarMetrics metrics = metrics(blockingFor("a", () -> {
            awaitUninterruptibly(release);
            throw new IllegalStateException("This connection has been closed.");
        }), STOP_TIMEOUT, "a");
        metrics.bindTo(new SimpleMeterRegistry());
        assertThat(refreshing.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> destroyed = CompletableFuture.runAsync(metrics::destroy);
        Thread.sleep(100);
        release.countDown();
        destroyed.get(10, TimeUnit.SECONDS);
        // Had destroy not waited, the refresh would log only now.
        Thread.sleep(300);

        assertThat(output.getAll().lines().filter(line -> line.contains("weerbaar.measures")))
                .noneMatch(line -> line.contains("WARN") || line.contains("ERROR"));
    }

    @Test
    void aRefreshFailingWhileTheApplicationRunsIsAWarning(CapturedOutput output) throws Exception {
        WeerbaarMetrics metrics = metrics(tenant -> {
            throw new IllegalStateException("database unreachable");
        }, STOP_TIMEOUT, "a");
        metrics.bindTo(new SimpleMeterRegistry());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!output.getAll().contains("counts not refreshed") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(output.getAll().lines().filter(line -> line.contains("counts not refreshed")))
                    .singleElement().asString().contains("WARN").contains("database unreachable");
        } finally {
            metrics.destroy();
        }
    }

    private static WeerbaarMetrics metrics(Function<String, List<MeasureProgress>> progress, Duration stopTimeout,
                                           String... tenants) {
        List<WeerbaarTenant> all = java.util.Arrays.stream(tenants)
                .map(id -> new WeerbaarTenant(id, null, null, null)).toList();
        // A tenant per batch: these cases are about where a refresh stops.
        return new WeerbaarMetrics(ids -> {
            Map<String, List<MeasureProgress>> byTenant = new LinkedHashMap<>();
            for (String id : ids) {
                byTenant.put(id, progress.apply(id));
            }
            return byTenant;
        }, () -> all, HOURLY, stopTimeout, 1);
    }

    private static MeasureProgress measure(String ref, ProgressStatus status) {
        return new MeasureProgress(ref, "Maatregel " + ref, 1, status, null, null, null, null, null);
    }

    /** Progress that, for the tenant, signals {@link #refreshing} and then runs the work. */
    private Function<String, List<MeasureProgress>> blockingFor(String blocked, Runnable work) {
        return tenant -> {
            asked.add(tenant);
            if (tenant.equals(blocked)) {
                refreshing.countDown();
                work.run();
            }
            return List.of();
        };
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    latch.await();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
