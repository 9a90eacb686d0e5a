package nl.weerbaar.benchmark.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a Prometheus scrape (text format) shows of one metric. */
public final class PrometheusScrape {

    private static final Pattern TENANT = Pattern.compile("[{,]tenant=\"([^\"]*)\"");

    private PrometheusScrape() {
    }

    /**
     * The values of the {@code tenant} label on the samples of the metric (its Prometheus name, e.g.
     * {@code weerbaar_measures}); its comments, and other metrics whose names start with it, are not looked at.
     */
    public static Set<String> tenants(String scrape, String metric) {
        Set<String> tenants = new TreeSet<>();
        scrape.lines().filter(line -> line.startsWith(metric + "{")).forEach(line -> {
            Matcher tenant = TENANT.matcher(line);
            if (tenant.find()) {
                tenants.add(tenant.group(1));
            }
        });
        return tenants;
    }
}
