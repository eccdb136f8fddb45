package io.pglitedb.types.range;

import java.util.List;

/**
 * A multirange value: its ranges in order, none empty, no two overlapping or adjacent (what
 * {@link MultirangeType#canonical} makes of any list of ranges). {@code {}} has no ranges.
 */
public record Multirange(List<Range> ranges) {
    public Multirange {
        ranges = List.copyOf(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }
}
