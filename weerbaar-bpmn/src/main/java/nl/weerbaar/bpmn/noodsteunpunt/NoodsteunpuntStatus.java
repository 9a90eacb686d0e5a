package nl.weerbaar.bpmn.noodsteunpunt;

import java.util.Locale;

/**
 * Where a noodsteunpunt stands; kept in the variable {@link NoodsteunpuntVariables#STATUS}.
 */
public enum NoodsteunpuntStatus {

    LOCATIE_VOORSTELLEN("Locatie voorstellen", "Proposing a location"),
    LOCATIE_TER_BEOORDELING("Locatie ter beoordeling", "Location under assessment"),
    IN_INRICHTING("In inrichting", "Being set up"),
    IN_OEFENING("In oefening", "Being tested"),
    GEBREKEN_HERSTELLEN("Gebreken herstellen", "Fixing defects"),
    TER_VERKLARING("Ter operationeelverklaring", "Awaiting declaration"),
    OPERATIONEEL("Operationeel", "Operational"),
    HERTEST("Jaarlijkse hertest", "Yearly re-test"),
    GEBREKEN_NA_HERTEST("Gebreken na hertest herstellen", "Fixing defects after re-test"),
    OPGEHEVEN("Opgeheven", "Discontinued");

    private final String dutch;
    private final String english;

    NoodsteunpuntStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
