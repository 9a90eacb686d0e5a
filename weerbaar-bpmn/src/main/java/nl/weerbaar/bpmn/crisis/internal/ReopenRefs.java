package nl.weerbaar.bpmn.crisis.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The measure refs an evaluation names, as typed: separated by commas, semicolons, spaces or line breaks.
 */
final class ReopenRefs {

    private ReopenRefs() {
    }

    /** The refs in the order named, each once; empty for {@code null} or blank text. */
    static List<String> parse(Object text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toString().split("[,;\\s]+")).filter(ref -> !ref.isEmpty()).distinct().toList();
    }
}
