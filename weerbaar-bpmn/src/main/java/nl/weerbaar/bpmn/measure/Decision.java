package nl.weerbaar.bpmn.measure;

import nl.weerbaar.bpmn.forms.Label;
import nl.weerbaar.bpmn.forms.Option;

/**
 * An approval decision on a form.
 */
public enum Decision implements Option {
    @Label("Goedgekeurd")
    GOEDGEKEURD,
    @Label("Afgekeurd")
    AFGEKEURD
}
