package nl.weerbaar.bpmn.roles;

import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * A role in a gemeente or veiligheidsregio that takes tasks in the Weerbaar processes.
 */
public enum Role {

    AOV_ADVISEUR("aov-adviseur", "AOV-adviseur", "Public order and safety adviser"),
    BCM_COORDINATOR("bcm-coordinator", "BCM-coördinator", "Business continuity coordinator"),
    GRIFFIE("griffie", "Griffie", "Council clerk's office"),
    GEMEENTESECRETARIS("gemeentesecretaris", "Gemeentesecretaris", "Municipal secretary"),
    BURGEMEESTER("burgemeester", "Burgemeester", "Mayor"),
    WETHOUDER("wethouder", "Wethouder", "Alderman"),
    VEILIGHEIDSREGIO("veiligheidsregio", "Veiligheidsregio", "Safety region"),
    /** The region's algemeen or dagelijks bestuur: bevoegd gezag of what the region leads. */
    VEILIGHEIDSREGIO_BESTUUR("veiligheidsregio-bestuur", "Bestuur veiligheidsregio", "Safety region board"),
    /** The region's ambtelijk top, as the gemeentesecretaris is the gemeente's: where its late work is escalated. */
    VEILIGHEIDSREGIO_DIRECTEUR("veiligheidsregio-directeur", "Directeur veiligheidsregio", "Safety region director");

    private final String code;
    private final String dutchLabel;
    private final String englishLabel;

    Role(String code, String dutchLabel, String englishLabel) {
        this.code = code;
        this.dutchLabel = dutchLabel;
        this.englishLabel = englishLabel;
    }

    /** Stable code used in models and configuration, e.g. {@code aov-adviseur}. */
    public String code() {
        return code;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? englishLabel : dutchLabel;
    }

    public static Role ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("unknown role '" + code + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(Role::code).toList())));
    }

    /**
     * The role that holds the bevoegd gezag the catalog names for a pillar ("burgemeester", "wethouder",
     * "wethouder/gemeentesecretaris": the first named decides).
     */
    public static Role forAuthority(String authority) {
        String first = authority.toLowerCase(Locale.ROOT).split("[/,]| en ")[0].strip();
        return switch (first) {
            case "burgemeester" -> BURGEMEESTER;
            case "gemeentesecretaris" -> GEMEENTESECRETARIS;
            default -> WETHOUDER;
        };
    }
}
