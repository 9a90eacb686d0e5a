package nl.weerbaar.bpmn.measure.internal;

import nl.weerbaar.bpmn.measure.MeasureStatus;
import nl.weerbaar.bpmn.measure.MeasureVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.Arrays;

/**
 * For the model's listeners: records where the measure stands ({@code ${weerbaarMeasureStatus.set(execution,
 * 'INTAKE')}}) and its overdue mark. The engine's expression language finds a method by going through every public
 * method of the object it is called on, each time it is called; the engine's own execution has hundreds, this
 * class a handful (docs/performance.md, 7 December 2026).
 */
public final class MeasureStatusRecorder {

    /** The name under which models find the recorder in expressions. */
    public static final String BEAN_NAME = "weerbaarMeasureStatus";

    /** Sets {@code measureStatus} to the status of this name; a name that is none is the model's error. */
    public Object set(VariableScope execution, String status) {
        MeasureStatus known;
        try {
            known = MeasureStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException none) {
            throw new IllegalArgumentException("the model sets measure status '" + status + "', which is none; known: "
                    + Arrays.toString(MeasureStatus.values()), none);
        }
        execution.setVariable(MeasureVariables.STATUS, known.name());
        return null;
    }

    /** Marks the measure overdue: its escalation has begun. */
    public Object markOverdue(VariableScope execution) {
        execution.setVariable(MeasureVariables.OVERDUE, true);
        return null;
    }

    /**
     * Takes the overdue mark away from a measure that carries it, approved after all; one that never carried it
     * gets no variable (a write of the value it already has costs a history row).
     */
    public Object clearOverdue(VariableScope execution) {
        if (Boolean.TRUE.equals(execution.getVariable(MeasureVariables.OVERDUE))) {
            execution.setVariable(MeasureVariables.OVERDUE, false);
        }
        return null;
    }
}
