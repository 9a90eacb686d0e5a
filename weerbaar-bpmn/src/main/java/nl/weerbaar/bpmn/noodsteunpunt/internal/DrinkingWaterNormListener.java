package nl.weerbaar.bpmn.noodsteunpunt.internal;

import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntVariables;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds a noodsteunpunt that hands out drinking water against the drinking-water companies' planning norms for
 * nooddrinkwater — by default 3 litres per person per day and one point per 2,500 inhabitants; norms of measure
 * 3.2, not of the guide's measure 2.2 — and records where it falls short as a warning for the exercise and the
 * burgemeester's declaration. It refuses nothing: whether a noodsteunpunt hands out drinking water, and how much,
 * is the gemeente's choice with its drinkwaterbedrijf. A listener rather than a form rule because the number of
 * inhabitants comes from the location proposal.
 */
public final class DrinkingWaterNormListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarNoodsteunpuntDrinkwaternorm";

    /** Where the norms come from, as every warning names it. */
    static final String SOURCE = "planningsnorm van de drinkwaterbedrijven voor nooddrinkwater (maatregel 3.2),"
            + " geen norm van de handreiking";

    private final WeerbaarSettings.Noodsteunpunt norms;

    public DrinkingWaterNormListener(WeerbaarSettings.Noodsteunpunt norms) {
        this.norms = norms;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> warnings = new ArrayList<>();
        if (Boolean.TRUE.equals(bool(task.getVariable(NoodsteunpuntVariables.DRINKING_WATER)))) {
            int inhabitants = number(task.getVariable(NoodsteunpuntVariables.INHABITANTS_SERVED),
                    NoodsteunpuntVariables.INHABITANTS_SERVED);
            int litres = number(task.getVariable(NoodsteunpuntVariables.DRINKING_WATER_LITRES_PER_DAY),
                    NoodsteunpuntVariables.DRINKING_WATER_LITRES_PER_DAY);
            warnings.addAll(warnings(inhabitants, litres, norms));
        }
        task.setVariable(NoodsteunpuntVariables.DRINKING_WATER_WARNINGS,
                warnings.isEmpty() ? null : String.join("\n", warnings));
    }

    /** Each norm the noodsteunpunt falls short of, naming the norm, its source and what it means here. */
    static List<String> warnings(int inhabitants, int litres, WeerbaarSettings.Noodsteunpunt norms) {
        List<String> warnings = new ArrayList<>();
        long needed = (long) inhabitants * norms.drinkingWaterLitresPerPersonDay();
        if (norms.drinkingWaterLitresPerPersonDay() > 0 && litres < needed) {
            warnings.add("Drinkwater: " + litres + " liter per dag is minder dan " + needed + " liter voor " + inhabitants
                    + " inwoners (" + norms.drinkingWaterLitresPerPersonDay() + " liter per persoon per dag, " + SOURCE
                    + ").");
        }
        if (norms.inhabitantsPerDrinkingWaterPoint() > 0 && inhabitants > norms.inhabitantsPerDrinkingWaterPoint()) {
            warnings.add("Drinkwater: " + inhabitants + " inwoners op één uitgiftepunt is meer dan "
                    + norms.inhabitantsPerDrinkingWaterPoint() + " (één uitgiftepunt per "
                    + norms.inhabitantsPerDrinkingWaterPoint() + " inwoners, " + SOURCE + ").");
        }
        return warnings;
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
