package nl.weerbaar.core.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one error a bad catalog or overlay produces: it carries every violation found, each with its location.
 * Nothing is loaded when it is thrown.
 */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CatalogViolation> violations;

    public CatalogException(List<CatalogViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a CatalogException needs at least one violation");
        }
        this.violations = violations.stream().sorted(CatalogViolation.BY_LOCATION).toList();
    }

    public CatalogException(CatalogViolation violation) {
        this(List.of(violation));
    }

    public List<CatalogViolation> violations() {
        return violations;
    }

    private static String describe(List<CatalogViolation> violations) {
        List<CatalogViolation> sorted = violations.stream().sorted(CatalogViolation.BY_LOCATION).toList();
        String header = sorted.size() == 1 ? "1 catalog violation:" : sorted.size() + " catalog violations:";
        return sorted.stream().map(v -> "  - " + v).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
