package nl.weerbaar.spring.progress;

import java.time.Instant;

/**
 * One lifecycle of a measure in a gemeente: a run of the measure process, under way or ended.
 *
 * @param id              the process instance
 * @param ref             the measure's ref
 * @param tenant          the gemeente
 * @param businessKey     {@code <tenant>:<ref>}
 * @param lifecycleStatus the process's own status (e.g. INTAKE), {@code null} when it has set none or it cannot be
 *                        read
 * @param startedAt       when it started
 * @param endedAt         when it ended, {@code null} while it runs
 */
public record Lifecycle(String id, String ref, String tenant, String businessKey, String lifecycleStatus,
                        Instant startedAt, Instant endedAt) {
}
