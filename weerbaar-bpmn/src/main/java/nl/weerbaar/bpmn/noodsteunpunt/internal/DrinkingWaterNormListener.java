package nl.weerbaar.bpmn.noodsteunpunt.internal;

import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntForms;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntVariables;
import nl.weerbaar.bpmn.forms.FormBinder;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.forms.TaskForm;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.List;

/**
 * Refuses facilities whose drinking water falls short of the drinking-water companies' emergency norm — 3 litres
 * per person per day for the inhabitants the location serves. A listener rather than a form rule because the
 * number of inhabitants comes from the location proposal, not from this form; it runs after the form's own
 * validation, so the litres are there when drinking water is ticked.
 */
public final class DrinkingWaterNormListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarNoodsteunpuntDrinkwaternorm";

    /** Emergency drinking water per person per day, in litres. */
    public static final int LITRES_PER_PERSON_PER_DAY = 3;

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(bool(task.getVariable(NoodsteunpuntVariables.DRINKING_WATER)))) {
            return;
        }
        int inhabitants = number(task.getVariable(NoodsteunpuntVariables.INHABITANTS_SERVED),
                NoodsteunpuntVariables.INHABITANTS_SERVED);
        int litres = number(task.getVariable(NoodsteunpuntVariables.DRINKING_WATER_LITRES_PER_DAY),
                NoodsteunpuntVariables.DRINKING_WATER_LITRES_PER_DAY);
        long needed = (long) inhabitants * LITRES_PER_PERSON_PER_DAY;
        if (litres < needed) {
            String field = NoodsteunpuntVariables.DRINKING_WATER_LITRES_PER_DAY;
            throw new FormValidationException(
                    NoodsteunpuntForms.Facilities.class.getAnnotation(TaskForm.class).title(),
                    List.of(new FormViolation(field, FormBinder.label(NoodsteunpuntForms.Facilities.class, field),
                            message(inhabitants, needed))));
        }
    }

    /** The refusal, naming the norm and what it means for this location. */
    static String message(int inhabitants, long needed) {
        return "is te weinig: de norm is " + LITRES_PER_PERSON_PER_DAY + " liter per inwoner per dag, voor "
                + inhabitants + " inwoners dus minstens " + needed + " liter per dag";
    }

    private static Boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    private static int number(Object value, String name) {
        try {
            return value instanceof Number n ? Math.toIntExact(n.longValue()) : Integer.parseInt(value.toString().strip());
        } catch (RuntimeException e) {
            throw new ProcessEngineException("variable '" + name + "' is not a whole number: " + value, e);
        }
    }
}
