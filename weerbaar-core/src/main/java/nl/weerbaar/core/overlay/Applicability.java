package nl.weerbaar.core.overlay;

/**
 * Whether a measure applies in a municipality; when it does not, the reason is required.
 */
public record Applicability(boolean applicable, String reason) {

    public static final Applicability APPLICABLE = new Applicability(true, null);

    public Applicability {
        if (!applicable && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a measure that is not applicable needs a reason");
        }
    }

    public static Applicability notApplicable(String reason) {
        return new Applicability(false, reason);
    }
}
