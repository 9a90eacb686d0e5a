package nl.weerbaar.spring.progress;

import nl.weerbaar.bpmn.measure.MeasureLifecycle;

import java.util.Objects;

/**
 * What a start of many measures did with one of them.
 *
 * @param ref         the measure's ref
 * @param result      started, already running, or refused by the start rule
 * @param lifecycle   the lifecycle started (or the region's joined); {@code null} when none started
 * @param lifecycleId the lifecycle started or running; {@code null} when refused, or when another start of it under
 *                    way at the same moment has not finished
 * @param tenant      the tenant of that lifecycle (the region's for one it carries out), where known
 * @param reason      why it did not start, in Dutch; {@code null} when started
 */
public record LifecycleStart(String ref, MeasureLifecycle.Result result, Lifecycle lifecycle, String lifecycleId,
                             String tenant, String reason) {

    public LifecycleStart {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(result, "result");
    }
}
