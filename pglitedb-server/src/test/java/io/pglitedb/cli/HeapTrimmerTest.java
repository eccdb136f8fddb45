package io.pglitedb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** When the serial collector's old generation has grown enough to be collected. */
class HeapTrimmerTest {
    private static final long MB = 1 << 20;

    @Test
    void collectsOnceTheOldGenerationGrewByMoreThanTheSlack() {
        assertThat(HeapTrimmer.shouldCollect(10 * MB, 10 * MB)).isFalse();
        assertThat(HeapTrimmer.shouldCollect(26 * MB, 10 * MB)).isFalse(); // 16 MB at least
        assertThat(HeapTrimmer.shouldCollect(27 * MB, 10 * MB)).isTrue();
        assertThat(HeapTrimmer.shouldCollect(450 * MB, 400 * MB)).isFalse(); // a quarter of what is alive
        assertThat(HeapTrimmer.shouldCollect(501 * MB, 400 * MB)).isTrue();
        assertThat(HeapTrimmer.shouldCollect(5 * MB, 20 * MB)).isFalse(); // less than after the last one
    }

    @Test
    void runsOnlyUnderTheSerialCollector() {
        boolean serial = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(gc -> gc.getName().equals("MarkSweepCompact"));
        try (HeapTrimmer trimmer = HeapTrimmer.start()) {
            assertThat(trimmer.active()).isEqualTo(serial);
        }
    }
}
