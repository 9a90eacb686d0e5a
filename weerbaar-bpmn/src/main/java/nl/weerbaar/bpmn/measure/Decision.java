package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.forms.Option;

/**
 * An approval decision on a form.
 */
public enum Decision implements Option {

    GOEDGEKEURD("Goedgekeurd"),
    AFGEKEURD("Afgekeurd");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
