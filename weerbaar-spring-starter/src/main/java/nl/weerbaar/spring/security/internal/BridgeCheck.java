package nl.weerbaar.spring.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

/**
 * Warns at start-up when the application has Spring Security chains but none hands its callers to Camunda: the
 * Weerbaar API then refuses everyone, and Camunda's engine REST API, seeing no authenticated user, applies no
 * authorization or tenant checks at all — Camunda's own default for an unauthenticated REST API.
 */
public final class BridgeCheck implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeCheck.class);

    private final ObjectProvider<SecurityFilterChain> chains;

    public BridgeCheck(ObjectProvider<SecurityFilterChain> chains) {
        this.chains = chains;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!bridged(chains.orderedStream().toList())) {
            LOG.warn("No SecurityFilterChain applies WeerbaarHttpSecurity: callers do not reach Camunda's identity"
                    + " service, so the Weerbaar API refuses every call and the engine REST API applies no"
                    + " authorization or tenant checks. Call weerbaarHttpSecurity.configure(http) in your chain.");
        }
    }

    /** Whether any chain has the bridge; no chains at all means Spring Security is not in use here. */
    static boolean bridged(List<SecurityFilterChain> chains) {
        return chains.isEmpty() || chains.stream().flatMap(chain -> chain.getFilters().stream())
                .anyMatch(CamundaIdentityFilter.class::isInstance);
    }
}
