package nl.weerbaar.spring.security;

import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The authentication set on Camunda's identity service for the duration of a request, carrying the identity it was
 * made from (so a refusal can name the token claim that held no tenant).
 */
public final class CamundaIdentityAuthentication extends Authentication {

    private final CamundaIdentity identity;

    public CamundaIdentityAuthentication(CamundaIdentity identity) {
        super(identity.userId(), identity.groupIds(), identity.tenantIds());
        this.identity = identity;
    }

    public CamundaIdentity identity() {
        return identity;
    }
}
