package nl.weerbaar.bpmn.forms;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link TaskForm} records by form id.
 */
public final class FormRegistry {

    private final Map<String, Class<? extends Record>> forms;

    private FormRegistry(Map<String, Class<? extends Record>> forms) {
        this.forms = forms;
    }

    public static FormRegistry of(Collection<Class<? extends Record>> records) {
        Map<String, Class<? extends Record>> forms = new LinkedHashMap<>();
        for (Class<? extends Record> record : records) {
            TaskForm form = record.getAnnotation(TaskForm.class);
            if (form == null) {
                throw new IllegalArgumentException(record.getName() + " is not annotated with @TaskForm");
            }
            Class<? extends Record> earlier = forms.putIfAbsent(form.id(), record);
            if (earlier != null) {
                throw new IllegalArgumentException("form id " + form.id() + " is used by both " + earlier.getName()
                        + " and " + record.getName());
            }
        }
        return new FormRegistry(Collections.unmodifiableMap(forms));
    }

    public Optional<Class<? extends Record>> find(String formId) {
        return Optional.ofNullable(forms.get(formId));
    }

    public List<Class<? extends Record>> all() {
        return List.copyOf(forms.values());
    }
}
