package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.forms.Label;
import nl.weerbaar.bpmn.forms.Option;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The crisis scenarios the guide prepares gemeenten for; the process variable {@link CrisisVariables#SCENARIO}
 * holds the constant's name.
 */
public enum CrisisScenario implements Option {

    @Label("Langdurige stroomuitval")
    LANGDURIGE_STROOMUITVAL,
    @Label("Uitval drinkwater")
    UITVAL_DRINKWATER,
    @Label("Uitval telecom")
    UITVAL_TELECOM,
    @Label("Cyberaanval")
    CYBERAANVAL,
    @Label("Overstroming")
    OVERSTROMING,
    @Label("Gewapend conflict / host nation support")
    GEWAPEND_CONFLICT;

    /** The scenario whose name this is, exactly as the constant is written. */
    public static Optional<CrisisScenario> find(Object name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** Every scenario as {@code NAME (label)}, for messages that say what is accepted. */
    public static String choices() {
        return Arrays.stream(values()).map(s -> s.name() + " (" + s.label() + ")").collect(Collectors.joining(", "));
    }
}
