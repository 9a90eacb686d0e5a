package nl.weerbaar.bpmn.crisis;

import nl.weerbaar.bpmn.forms.Label;
import nl.weerbaar.bpmn.forms.Option;

/**
 * Where a measure stands on a crisis checklist.
 */
public enum ChecklistStatus implements Option {
    @Label("Gereed")
    GEREED,
    @Label("Niet gereed")
    NIET_GEREED,
    @Label("Niet van toepassing")
    NIET_VAN_TOEPASSING
}
