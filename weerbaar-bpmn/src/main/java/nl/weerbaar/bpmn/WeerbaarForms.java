package nl.weerbaar.bpmn;

import nl.weerbaar.bpmn.forms.FormRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * Every task form of every Weerbaar process.
 */
public final class WeerbaarForms {

    private WeerbaarForms() {
    }

    public static FormRegistry registry() {
        List<Class<? extends Record>> forms = new ArrayList<>();
        WeerbaarProcesses.ALL.forEach(process -> forms.addAll(process.forms()));
        return FormRegistry.of(forms);
    }
}
