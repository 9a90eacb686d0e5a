package nl.weerbaar.benchmark.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** How the benchmark reads an application's CPU time from /proc. */
class AppProcessTest {

    @Test
    void readsUserAndSystemTimeAfterTheThreadsNameEvenWithSpacesAndBracketsInIt() {
        // /proc/<pid>/task/<tid>/stat of a JIT compiler thread: pid, (comm), state, then fields 4..; utime 14, stime 15.
        String stat = "4242 (C2 CompilerThre) S 4200 4200 13 0 -1 1077936192 85 0 0 0 1234 56 0 0 20 0 32 0 2000"
                + " 9000000 4000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0";
        String strange = "4243 (a (b) c) R 4200 4200 13 0 -1 1077936192 85 0 0 0 7 8 0 0 20 0 32 0 2000 9000000 4000";

        assertThat(AppProcess.ticks(stat)).isEqualTo(1234 + 56);
        assertThat(AppProcess.ticks(strange)).isEqualTo(7 + 8);
    }

    @Test
    void readsThisJvmsOwnCpuTimeFromProcWhereThereIsOne() throws IOException {
        Path self = Path.of("/proc/self/stat");
        if (!Files.exists(self)) {
            return; // not Linux: cpu() reads zeros there, nothing to compare
        }
        long before = AppProcess.ticks(Files.readString(self));
        long spin = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < spin) {
            sink += Math.sqrt(sink + 1);
        }
        assertThat(sink).isPositive();
        assertThat(AppProcess.ticks(Files.readString(self))).as("after 0.3 s of work, in ticks of 10 ms")
                .isGreaterThan(before);
    }
}
