package nl.weerbaar.core.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.catalog.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the violations found in one YAML document, turning a path into file, line, column, measure ref and
 * field.
 */
public final class Violations {

    /** Top-level lists whose elements are measures; a violation inside one names the measure's ref. */
    private static final Set<String> MEASURE_LISTS = Set.of("measures", "localMeasures");

    private final YamlDocument document;
    private final Set<CatalogViolation> found = new LinkedHashSet<>();

    public Violations(YamlDocument document) {
        this.document = document;
    }

    public YamlDocument document() {
        return document;
    }

    public void add(NodePath path, String message) {
        SourceLocation location = document.locate(path);
        String measureRef = null;
        String field = path.isRoot() ? null : path.render();
        if (path.segments().size() >= 2 && MEASURE_LISTS.contains(path.segments().get(0))
                && path.segments().get(1) instanceof Integer) {
            JsonNode ref = document.at(NodePath.of(path.segments().get(0), path.segments().get(1), "ref"));
            if (ref.isValueNode() && !ref.asText().isBlank()) {
                measureRef = ref.asText();
                NodePath inMeasure = path.subPath(2);
                field = inMeasure.isRoot() ? null : inMeasure.render();
            }
        }
        found.add(new CatalogViolation(location, measureRef, field, message));
    }

    public void addAll(Violations other) {
        found.addAll(other.found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<CatalogViolation> list() {
        return new ArrayList<>(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CatalogException(list());
        }
    }
}
