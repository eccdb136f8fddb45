package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A comparison prepared for a constant right operand ({@link Operator#bindRight}) answers exactly
 * as the operator applied to both values, for every comparison and the edge values of each type:
 * infinities, dates outside the timestamp range, midnights next to its ends, NaN, trailing spaces.
 */
class BoundComparisonTest {
    private static final long DAY = DateTimeText.MICROS_PER_DAY;
    private static final int LAST_TIMESTAMP_DAY = (int) (DateTimeText.END_TIMESTAMP / DAY);
    private static final int FIRST_TIMESTAMP_DAY = (int) (DateTimeText.MIN_TIMESTAMP / DAY);

    private static void assertAgrees(PgType left, PgType right, List<?> columnValues, List<?> constants) {
        for (Comparison c : Comparison.values()) {
            Operator op = Operators.binary(c.symbol(), DataType.of(left), DataType.of(right));
            for (Object k : constants) {
                Operator.Bound bound = op.bindRight(k);
                for (Object x : columnValues) {
                    assertThat(bound.apply(x)).as("%s %s %s", x, c.symbol(), k).isEqualTo(op.apply(x, k));
                }
            }
        }
    }

    private static List<Integer> dates() {
        return List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, DateTimeText.MIN_DATE, DateTimeText.END_DATE - 1,
                FIRST_TIMESTAMP_DAY - 1, FIRST_TIMESTAMP_DAY, FIRST_TIMESTAMP_DAY + 1, LAST_TIMESTAMP_DAY - 2,
                LAST_TIMESTAMP_DAY - 1, LAST_TIMESTAMP_DAY, LAST_TIMESTAMP_DAY + 1, -2193, -2192, -2191, -1, 0, 1);
    }

    @Test
    void dateColumnAgainstTimestampConstantsAtAndOffMidnight() {
        List<Long> constants = new java.util.ArrayList<>();
        for (int d : new int[] {-2192, 0, FIRST_TIMESTAMP_DAY, FIRST_TIMESTAMP_DAY + 1, LAST_TIMESTAMP_DAY - 2,
                LAST_TIMESTAMP_DAY - 1}) {
            constants.add(d * DAY);
            constants.add(d * DAY + 1);
            constants.add(d * DAY - 1);
        }
        constants.add(Long.MAX_VALUE);
        constants.add(Long.MIN_VALUE);
        constants.add(DateTimeText.MIN_TIMESTAMP);
        constants.add(DateTimeText.END_TIMESTAMP - 1);
        assertAgrees(Types.DATE, Types.TIMESTAMP, dates(), constants);
    }

    @Test
    void timestampColumnAgainstDateConstants() {
        List<Long> timestamps = List.of(Long.MIN_VALUE, Long.MAX_VALUE, -2192 * DAY, -2192 * DAY - 1, -2192 * DAY + 1,
                0L, DateTimeText.MIN_TIMESTAMP, DateTimeText.END_TIMESTAMP - 1);
        assertAgrees(Types.TIMESTAMP, Types.DATE, timestamps, dates());
        assertAgrees(Types.TIMESTAMP, Types.TIMESTAMP, timestamps, timestamps);
        assertAgrees(Types.DATE, Types.DATE, dates(), dates());
    }

    @Test
    void bpcharAgainstConstantsWithAndWithoutTrailingSpaces() {
        List<String> values = List.of("", " ", "MAIL", "MAIL      ", "MAIL x", "MAI", "MAIM", "SHIP", "a\uD83D\uDE00",
                "a\uE000", "mail");
        assertAgrees(Types.BPCHAR, Types.BPCHAR, values, values);
    }

    @Test
    void numericAgainstConstantsOfOtherScalesAndSpecialValues() {
        List<Object> specials = new java.util.ArrayList<>(List.of(new BigDecimal("24"), new BigDecimal("24.00"),
                new BigDecimal("23.99"), new BigDecimal("-0.01"), BigDecimal.ZERO, new BigDecimal("1e20"),
                NumericValue.NAN));
        specials.add(Types.NUMERIC.fromText("Infinity", -1));
        specials.add(Types.NUMERIC.fromText("-Infinity", -1));
        assertAgrees(Types.NUMERIC, Types.NUMERIC, specials, specials);
    }

    @Test
    void integersOfDifferentWidthsAndTextAgainstConstants() {
        List<Object> ints = List.of(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE);
        List<Object> longs = List.of(Long.MIN_VALUE, -1L, 0L, 1L, (long) Integer.MAX_VALUE + 1, Long.MAX_VALUE);
        assertAgrees(Types.INT4, Types.INT8, ints, longs);
        assertAgrees(Types.INT8, Types.INT4, longs, ints);
        List<String> texts = List.of("", "a", "ab", "abc", "b", "\uD83D\uDE00", "\uE000");
        assertAgrees(Types.TEXT, Types.TEXT, texts, texts);
    }
}
