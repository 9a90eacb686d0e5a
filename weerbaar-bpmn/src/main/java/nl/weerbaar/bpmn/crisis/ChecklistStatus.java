package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.forms.Option;

/**
 * Where a measure stands on a crisis checklist.
 */
public enum ChecklistStatus implements Option {

    GEREED("Gereed"),
    NIET_GEREED("Niet gereed"),
    NIET_VAN_TOEPASSING("Niet van toepassing");

    private final String label;

    ChecklistStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
