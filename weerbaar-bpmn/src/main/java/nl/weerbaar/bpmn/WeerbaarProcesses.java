package nl.weerbaar.bpmn;

import nl.weerbaar.bpmn.continuity.ContinuityProcess;
import nl.weerbaar.bpmn.crisis.CrisisProcess;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.model.ModelledProcess;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntProcess;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingProcess;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingRegioProcess;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcess;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeRegioProcess;

import java.util.List;

/**
 * Weerbaar's own processes, in the order they are listed and deployed. An application adds its own beside them
 * (see {@link nl.weerbaar.bpmn.process.WeerbaarProcess}).
 */
public final class WeerbaarProcesses {

    private WeerbaarProcesses() {
    }

    /** Every process Weerbaar ships, new instances. */
    public static List<ModelledProcess> builtIn() {
        return List.of(new MeasureProcess(), new NoodsteunpuntProcess(), new ContinuityProcess(), new CrisisProcess(),
                new ZienswijzeRegioProcess(), new ZienswijzeGemeenteProcess(), new RolverdelingProcess(),
                new RolverdelingRegioProcess());
    }

    /** The keys of Weerbaar's own processes. */
    public static List<String> keys() {
        return builtIn().stream().map(ModelledProcess::key).toList();
    }
}
