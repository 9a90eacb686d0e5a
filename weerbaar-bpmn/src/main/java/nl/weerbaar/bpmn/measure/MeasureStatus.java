package nl.weerbaar.bpmn.measure;

import java.util.Locale;

/**
 * Where a measure stands in its lifecycle; kept in the variable {@link MeasureVariables#STATUS}.
 */
public enum MeasureStatus {

    INTAKE("Intake", "Intake"),
    NIET_VAN_TOEPASSING_TER_BEOORDELING("Niet van toepassing, ter beoordeling", "Not applicable, under review"),
    NIET_VAN_TOEPASSING("Niet van toepassing", "Not applicable"),
    IN_UITVOERING("In uitvoering", "In progress"),
    TER_BEOORDELING("Ter beoordeling", "Under review"),
    AFGEROND("Afgerond", "Done"),
    HERBEOORDELING("Herbeoordeling", "Periodic re-review");

    private final String dutch;
    private final String english;

    MeasureStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
