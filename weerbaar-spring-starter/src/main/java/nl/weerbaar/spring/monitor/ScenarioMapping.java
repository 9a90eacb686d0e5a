package nl.weerbaar.spring.monitor;

import java.util.List;

/**
 * Which catalog measures prepare a gemeente for which crisis scenario, with the provenance of every link — the
 * shipped mapping with the gemeente's own adjustments applied. The monitor's scenario readiness and noodhandboek read
 * it; the crisis process's checklists read the same file.
 */
@FunctionalInterface
public interface ScenarioMapping {

    /** The scenarios as they hold for the tenant, in the mapping's order. */
    List<MappedScenario> scenarios(String tenantId);

    /** Nothing mapped: every scenario page says so. */
    static ScenarioMapping none() {
        return tenantId -> List.of();
    }
}
