package nl.weerbaar.bpmn.zienswijze.internal;

import nl.weerbaar.bpmn.zienswijze.ZienswijzeRegioForms;
import nl.weerbaar.bpmn.forms.FormBinder;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.forms.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.time.LocalDate;
import java.util.List;

import static nl.weerbaar.bpmn.zienswijze.ZienswijzeVariables.*;

/**
 * Refuses an adoption before the councils' term has run (Wgr art. 35(1): the draft goes to the councils twelve
 * weeks before the algemeen bestuur decides) and sets the day the budget is due at Gedeputeerde Staten.
 */
public final class AdoptionListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarZienswijzeAdoption";

    private final ZienswijzeTerms terms;

    public AdoptionListener(ZienswijzeTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate adoptedOn = terms.toLocalDate(task.getVariable(ADOPTION_DATE));
        LocalDate termEnds = terms.toLocalDate(task.getVariable(ZIENSWIJZE_DEADLINE));
        if (adoptedOn.isBefore(termEnds)) {
            Class<ZienswijzeRegioForms.Adoption> form = ZienswijzeRegioForms.Adoption.class;
            throw new FormValidationException(form.getAnnotation(TaskForm.class).title(), List.of(new FormViolation(
                    ADOPTION_DATE, FormBinder.label(form, ADOPTION_DATE), "mag niet vóór " + termEnds + " liggen: de"
                    + " raden hebben twaalf weken voor hun zienswijze (Wgr art. 35(1))")));
        }
        task.setVariable(PROVINCE_DUE_DATE, terms.startOf(
                terms.provinceDue(adoptedOn, (Integer) task.getVariable(BUDGET_YEAR))));
        task.setVariable(PROVINCE_OVERDUE, false);
    }
}
