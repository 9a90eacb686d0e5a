package nl.weerbaar.spring.api;

import nl.weerbaar.spring.tenant.CurrentUser;
import org.springframework.http.HttpStatus;

/**
 * The tenant a request acts for: the one tenant the authenticated user is a member of, as the caller's authentication
 * carries it (Camunda's identity service, or a token claim). Never taken from the request, so a user cannot act for
 * another gemeente.
 */
public final class CallerTenant {

    private static final CurrentUser.Refusals REFUSALS = new CurrentUser.Refusals() {
        @Override
        public RuntimeException notLoggedIn() {
            return new ApiException(HttpStatus.UNAUTHORIZED, "Meld u aan om de Weerbaar-API te gebruiken.");
        }

        @Override
        public RuntimeException noTenant(CurrentUser.Authenticated user) {
            return new ApiException(HttpStatus.FORBIDDEN, "Gebruiker " + user.userId()
                    + " hoort bij geen gemeente of veiligheidsregio" + (user.tenantsClaim() == null ? "."
                    : ": het token noemt er geen in de claim '" + user.tenantsClaim() + "'."));
        }

        @Override
        public RuntimeException manyTenants(CurrentUser.Authenticated user) {
            return new ApiException(HttpStatus.FORBIDDEN, "Gebruiker " + user.userId() + " hoort bij meer dan één"
                    + " gemeente (" + String.join(", ", user.tenantIds()) + "); de API werkt voor één gemeente per"
                    + " gebruiker.");
        }
    };

    private final CurrentUser currentUser;

    public CallerTenant(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public String require() {
        return currentUser.requireOneTenant(REFUSALS).tenantId();
    }

    /** The caller's tenant, or {@code null} when they have none (for reading the shared catalog). */
    public String optional() {
        return currentUser.oneTenant().map(CurrentUser.OneTenant::tenantId).orElse(null);
    }
}
