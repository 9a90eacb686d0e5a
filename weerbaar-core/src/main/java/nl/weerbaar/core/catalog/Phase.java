package nl.weerbaar.core.catalog;

import java.util.Locale;

/**
 * The crisis phases of the guide, in the order a crisis passes through them.
 */
public enum Phase {

    KOUDE("Koude fase", "Cold phase"),
    WARM_TOT_72U("Warme fase (< 72 uur)", "Warm phase (< 72 hours)"),
    WARM_NA_72U("Warme fase (> 72 uur)", "Warm phase (> 72 hours)"),
    NAFASE("Nafase", "Recovery phase");

    private final String dutchLabel;
    private final String englishLabel;

    Phase(String dutchLabel, String englishLabel) {
        this.dutchLabel = dutchLabel;
        this.englishLabel = englishLabel;
    }

    /** The label in Dutch, or in English when the locale's language is English. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? englishLabel : dutchLabel;
    }

    /** The Dutch label, as the guide writes it. */
    public String label() {
        return dutchLabel;
    }
}
