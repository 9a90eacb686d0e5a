package nl.weerbaar.bpmn.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Collects the rules a form checks across its fields ("a reason is required when the measure does not apply").
 */
public final class FormChecks {

    private final List<String[]> failures = new ArrayList<>();
    private final IntSupplier attachments;
    private int counted = -1;

    FormChecks(IntSupplier attachments) {
        this.attachments = attachments;
    }

    /**
     * How many Camunda attachments the task and its process instance carry; counted (two queries) only when a form's
     * rule asks, and once.
     */
    public int attachments() {
        if (counted < 0) {
            counted = attachments.getAsInt();
        }
        return counted;
    }

    /**
     * Records that {@code field} breaks the rule unless {@code condition} holds; {@code message} is the text, or
     * a {@code {key}} of {@link FormMessages}.
     */
    public FormChecks require(String field, boolean condition, String message) {
        if (!condition) {
            failures.add(new String[] {field, message});
        }
        return this;
    }

    List<String[]> failures() {
        return failures;
    }

    /** Whether the text has something other than white space. */
    public static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
