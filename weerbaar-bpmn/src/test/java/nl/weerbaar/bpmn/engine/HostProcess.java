package nl.weerbaar.bpmn.engine;

import jakarta.validation.constraints.NotBlank;
import nl.weerbaar.bpmn.forms.Field;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.bpmn.process.WeerbaarProcess;

import java.util.List;

/** A host application's own process with its own form, registered the way Weerbaar's are. */
public final class HostProcess implements WeerbaarProcess {

    public static final String KEY = "host-melding";

    @TaskForm(id = "host-melding", title = "Melding behandelen")
    public record Melding(@Field(label = "Afhandeling") @NotBlank(message = "{weerbaar.form.required}") String afhandeling) {
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String modelResource() {
        return "host/host-melding.bpmn";
    }

    @Override
    public List<Class<? extends Record>> forms() {
        return List.of(Melding.class);
    }
}
