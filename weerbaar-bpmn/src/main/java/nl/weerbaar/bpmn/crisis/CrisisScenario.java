package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.forms.Option;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The crisis scenarios the guide prepares gemeenten for; the process variable {@link CrisisVariables#SCENARIO}
 * holds the constant's name.
 */
public enum CrisisScenario implements Option {

    LANGDURIGE_STROOMUITVAL("Langdurige stroomuitval"),
    UITVAL_DRINKWATER("Uitval drinkwater"),
    UITVAL_TELECOM("Uitval telecom"),
    CYBERAANVAL("Cyberaanval"),
    OVERSTROMING("Overstroming"),
    GEWAPEND_CONFLICT("Gewapend conflict / host nation support");

    private final String label;

    CrisisScenario(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The scenario whose name this is, exactly as the constant is written. */
    public static Optional<CrisisScenario> find(Object name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** Every scenario as {@code NAME (label)}, for messages that say what is accepted. */
    public static String choices() {
        return Arrays.stream(values()).map(s -> s.name() + " (" + s.label + ")").collect(Collectors.joining(", "));
    }
}
