package nl.weerbaar.benchmark;

import nl.weerbaar.benchmark.internal.Postgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark at 25 tenants with small counts and one round, so it cannot rot: it asserts that every row was
 * measured, not how fast (the figures on a busy build machine say nothing).
 */
class BenchmarkSmokeIT {

    @Test
    void measuresEveryRowAt25Tenants() throws Exception {
        boolean required = Boolean.parseBoolean(System.getenv("WEERBAAR_REQUIRE_POSTGRES"));
        if (!required) {
            Assumptions.assumeTrue(Postgres.available(), "PostgreSQL's server binaries are not installed");
        }
        System.setProperty("benchmark.tenants", "25");
        Benchmark.Report report = Benchmark.run(Benchmark.Settings.fromSystemProperties());

        assertThat(report.settings().tenants()).isEqualTo(25);
        assertThat(report.rows()).extracting(Benchmark.Row::measure).anyMatch(m -> m.startsWith("start-up, 3 tenants"))
                .anyMatch(m -> m.startsWith("start-up, 25 tenants vs 3"))
                .anyMatch(m -> m.startsWith("restart, 25 tenants vs 3"))
                .anyMatch(m -> m.startsWith("RSS settled (after full GC) after start-up, 25 tenants vs 3"))
                .anyMatch(m -> m.startsWith("RSS settled (after full GC) after restart, 25 tenants vs 3"))
                .anyMatch(m -> m.startsWith("heap used after full GC after start-up, 25 tenants vs 3"))
                .anyMatch(m -> m.startsWith("RSS when healthy after start-up, 25 tenants vs 3"))
                .anyMatch(m -> m.startsWith("RSS when healthy after restart, 25 tenants vs 3"))
                .anyMatch(m -> m.startsWith("/actuator/health p50"))
                .anyMatch(m -> m.startsWith("statements per health call"))
                .anyMatch(m -> m.startsWith("rollout, 4 client threads"))
                .anyMatch(m -> m.startsWith("rollout, bulk start (one call per gemeente)"))
                .anyMatch(m -> m.startsWith("progress p95, ~"))
                .anyMatch(m -> m.matches("progress p95, \\d+ ended lifecycles.*"))
                .anyMatch(m -> m.startsWith("dashboard p95, region member, ~"))
                .anyMatch(m -> m.startsWith("dashboard p50, region member, ~"))
                .anyMatch(m -> m.startsWith("region-dashboard p95, region of 12 gemeenten, ~"))
                .anyMatch(m -> m.startsWith("region-dashboard p50, region of 12 gemeenten, ~"))
                .anyMatch(m -> m.startsWith("one metrics scrape (/actuator/prometheus"))
                .anyMatch(m -> m.startsWith("metrics query of weerbaar.measures over all its tags"))
                .anyMatch(m -> m.startsWith("one lifecycle (start + 5 tasks)"))
                .anyMatch(m -> m.startsWith("one lifecycle: the application's CPU"))
                .anyMatch(m -> m.startsWith("one lifecycle: PostgreSQL's execution time"))
                .anyMatch(m -> m.startsWith("one lifecycle: statements"))
                .anyMatch(m -> m.startsWith("catalog load"));
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.value()).as(row.measure()).isPositive();
            assertThat(row.baselineValue()).as(row.measure()).isPositive();
            assertThat(row.ratio()).as(row.measure()).isBetween(row.ratioMin(), row.ratioMax());
        });
        Benchmark.Row settled = report.row("RSS settled (after full GC) after start-up, 25 tenants vs 3");
        assertThat(settled.goal()).as("the RSS goal is on the settled reading").isEqualTo("≤ 1.2×");
        assertThat(report.row("RSS when healthy after start-up, 25 tenants vs 3").goal()).as("context only").isNull();
        Benchmark.Row heap = report.row("heap used after full GC after start-up, 25 tenants vs 3");
        assertThat(heap.value()).as("the heap in use is part of the resident memory").isPositive()
                .isLessThan(settled.value());
        assertThat(heap.baselineValue()).isPositive().isLessThan(settled.baselineValue());
        assertThat(report.row("rollout").value()).isPositive();
        assertThat(report.row("rollout, bulk start").value()).isPositive();
        assertThat(report.row("rollout, bulk start").baselineValue()).isPositive();
        Benchmark.Row region = report.row("region-dashboard p95");
        assertThat(region.goal()).isEqualTo("≤ 150 ms");
        assertThat(region.met()).as("judged on the p95 itself, not its ratio").isEqualTo(region.value() <= 150);
        Benchmark.Row scrape = report.row("one metrics scrape");
        assertThat(scrape.met()).as("judged on the scrape's time itself").isEqualTo(scrape.value() <= 50);
        assertThat(report.row("metrics query of weerbaar.measures").goal()).as("context only").isNull();
        Path results = report.settings().work().resolve("results.md");
        assertThat(Files.readString(results)).contains("| one lifecycle (start + 5 tasks) |");
    }
}
