package nl.weerbaar.spring.catalog;

import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogViolation;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.stream.Collectors;

/**
 * Turns an invalid catalog or overlay at start-up into a short report of every violation — file, line, column,
 * measure and field — instead of a long stack trace.
 */
public final class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogException cause) {
        String description = cause.violations().stream().map(v -> "  - " + v)
                .collect(Collectors.joining("\n", "Weerbaar could not load its catalog: " + cause.violations().size()
                        + " violation(s):\n", ""));
        return new FailureAnalysis(description, "Correct the catalog or overlay files named above, or the"
                + " weerbaar.catalog.* properties that point at them. The file format is described in"
                + " docs/catalog-format.md and the JSON Schemas weerbaar/catalog/*.schema.json.", cause);
    }

    /** The violations as lines, for tests and logs. */
    static String lines(CatalogException exception) {
        return exception.violations().stream().map(CatalogViolation::toString).collect(Collectors.joining("\n"));
    }
}
