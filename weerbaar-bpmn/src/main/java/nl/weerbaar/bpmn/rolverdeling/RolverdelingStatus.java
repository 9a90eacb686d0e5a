package nl.weerbaar.bpmn.rolverdeling;

import nl.weerbaar.bpmn.routing.RecordedAgreements;

import java.util.Locale;

/**
 * Where a gemeente's agreement on the rolverdeling of a measure stands; kept in
 * {@link RolverdelingVariables#STATUS}.
 */
public enum RolverdelingStatus {

    VASTLEGGEN("Vastleggen", "Being recorded"),
    BEVESTIGING_GEMEENTE("Ter bevestiging door de gemeente", "Awaiting the municipality's confirmation"),
    BEVESTIGING_VEILIGHEIDSREGIO("Ter bevestiging door de veiligheidsregio", "Awaiting the safety region's confirmation"),
    /** Both confirmed: the measure's lifecycle follows it. Equal to {@link RecordedAgreements#IN_FORCE}. */
    VAN_KRACHT("Van kracht", "In force"),
    VERVANGEN("Vervangen door een nieuwere afspraak", "Replaced by a newer agreement");

    private final String dutch;
    private final String english;

    RolverdelingStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
