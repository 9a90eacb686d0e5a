package nl.weerbaar.spring.security.internal;

import nl.weerbaar.spring.security.CamundaIdentity;
import nl.weerbaar.spring.security.CamundaIdentityResolver;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller's groups and tenants as Camunda's identity service keeps them, for the user id Spring Security named —
 * the same lookup Camunda's own REST authentication makes.
 */
public final class IdentityServiceIdentityResolver implements CamundaIdentityResolver {

    private final Supplier<IdentityService> identityService;

    public IdentityServiceIdentityResolver(Supplier<IdentityService> identityService) {
        this.identityService = identityService;
    }

    @Override
    public Optional<CamundaIdentity> resolve(Authentication authentication) {
        String userId = authentication.getName();
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CamundaIdentity(userId, groups(userId), tenants(userId)));
    }

    List<String> groups(String userId) {
        return identityService.get().createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
    }

    List<String> tenants(String userId) {
        return identityService.get().createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
    }
}
