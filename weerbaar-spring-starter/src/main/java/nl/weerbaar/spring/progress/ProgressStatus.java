package nl.weerbaar.spring.progress;

import java.util.Locale;

/**
 * Where a measure stands in a gemeente, as the progress overview and the API report it.
 */
public enum ProgressStatus {

    NOT_STARTED("Niet gestart", "Not started"),
    IN_PROGRESS("In uitvoering", "In progress"),
    DONE("Afgerond", "Done"),
    NOT_APPLICABLE("Niet van toepassing", "Not applicable"),
    OVERDUE("Termijn verstreken", "Overdue"),
    /** The lifecycle runs, but a value it stores cannot be read (say, written around its forms); see the log. */
    UNREADABLE("Gegevens onleesbaar", "Data unreadable");

    private final String dutch;
    private final String english;

    ProgressStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
