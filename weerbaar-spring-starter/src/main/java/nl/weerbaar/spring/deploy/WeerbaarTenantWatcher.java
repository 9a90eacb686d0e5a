package nl.weerbaar.spring.deploy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * With {@code weerbaar.tenants-from-identity-service}, deploys the processes to tenants created at runtime (Camunda
 * Admin or its API) every {@code weerbaar.new-tenants-interval} (one minute by default), so a new gemeente can start
 * every process without a restart. Each check costs two statements whatever the number of tenants.
 */
public class WeerbaarTenantWatcher implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(WeerbaarTenantWatcher.class);

    private final WeerbaarDeployer deployer;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "weerbaar-new-tenants");
        thread.setDaemon(true);
        return thread;
    });

    public WeerbaarTenantWatcher(WeerbaarDeployer deployer, Duration interval) {
        this.deployer = deployer;
        this.interval = interval;
    }

    @Override
    public void afterPropertiesSet() {
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            deployer.deployNewTenants();
        } catch (RuntimeException e) {
            LOG.warn("Weerbaar: could not deploy to new tenants ({}); trying again in {}", e.toString(), interval);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
