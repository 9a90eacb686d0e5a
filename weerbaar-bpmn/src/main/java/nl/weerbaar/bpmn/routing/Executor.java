package nl.weerbaar.bpmn.routing;

import java.util.Locale;

/**
 * Who carries out a measure's lifecycle.
 */
public enum Executor {

    /** The gemeente, in its own tenant. */
    GEMEENTE("De gemeente", "The municipality"),
    /** The veiligheidsregio, in its tenant, for the member gemeenten that agreed so. */
    VEILIGHEIDSREGIO("De veiligheidsregio", "The safety region"),
    /**
     * Another party of the catalog (a provincie, a drinkwaterbedrijf) is eindverantwoordelijk; the gemeente works
     * its own part and follows the other's in its own tenant.
     */
    ANDERE_PARTIJ("Een andere partij; de gemeente ondersteunt", "Another party; the municipality supports");

    private final String dutch;
    private final String english;

    Executor(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
