package nl.weerbaar.benchmark.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusScrapeTest {

    private static final String SCRAPE = """
            # HELP weerbaar_measures Measures of the catalog per status in a tenant
            # TYPE weerbaar_measures gauge
            weerbaar_measures{status="done",tenant="gemeente-001"} 3.0
            weerbaar_measures{tenant="gemeente-002",status="not_started"} 41.0
            weerbaar_measures{status="overdue",tenant="vr-01"} 0.0
            weerbaar_measures_total{status="done",tenant="elsewhere"} 1.0
            jvm_threads_live_threads{tenant="not-a-measure"} 40.0
            """;

    @Test
    void findsTheTenantOfEverySampleOfTheMetricWhereverItsLabelStands() {
        assertThat(PrometheusScrape.tenants(SCRAPE, "weerbaar_measures"))
                .containsExactly("gemeente-001", "gemeente-002", "vr-01");
    }

    @Test
    void aScrapeWithoutTheMetricShowsNoTenant() {
        assertThat(PrometheusScrape.tenants("# HELP up\nup 1.0\n", "weerbaar_measures")).isEmpty();
    }
}
