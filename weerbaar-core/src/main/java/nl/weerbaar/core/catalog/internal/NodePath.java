package nl.weerbaar.core.catalog.internal;

import com.fasterxml.jackson.core.JsonPointer;

import java.util.ArrayList;
import java.util.List;

/**
 * A path to a value in a YAML document: object keys and list indexes from the top of the file.
 */
public record NodePath(List<Object> segments) {

    private static final NodePath ROOT = new NodePath(List.of());

    public NodePath {
        segments = List.copyOf(segments);
    }

    public static NodePath root() {
        return ROOT;
    }

    public static NodePath of(Object... segments) {
        return new NodePath(List.of(segments));
    }

    public NodePath key(String name) {
        return append(name);
    }

    public NodePath index(int index) {
        return append(index);
    }

    public NodePath append(NodePath other) {
        List<Object> joined = new ArrayList<>(segments);
        joined.addAll(other.segments);
        return new NodePath(joined);
    }

    private NodePath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new NodePath(longer);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public NodePath parent() {
        return isRoot() ? this : new NodePath(segments.subList(0, segments.size() - 1));
    }

    public NodePath subPath(int from) {
        return new NodePath(segments.subList(Math.min(from, segments.size()), segments.size()));
    }

    /** The JSON pointer, escaped the way Jackson's parser reports it. */
    public String pointer() {
        JsonPointer pointer = JsonPointer.empty();
        for (Object segment : segments) {
            pointer = segment instanceof Integer i ? pointer.appendIndex(i) : pointer.appendProperty((String) segment);
        }
        return pointer.toString();
    }

    /** The path as a developer writes it: {@code measures[3].phases[1]}. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
