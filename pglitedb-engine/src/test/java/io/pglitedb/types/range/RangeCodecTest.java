package io.pglitedb.types.range;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.storage.KeyDecoder;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** range_send's bytes as PostgreSQL 15 writes them, and index keys that order ranges as range_cmp does. */
class RangeCodecTest {
    private static final RangeType INT4RANGE = (RangeType) Types.INT4RANGE;

    private static void send(RangeType type, String text, String hex) {
        Object value = type.fromText(text, -1);
        assertThat(HexFormat.of().formatHex(type.toBinary(value, -1))).as(text).isEqualTo(hex);
        assertThat(type.toText(type.fromBinary(HexFormat.of().parseHex(hex), -1), -1)).isEqualTo(type.toText(value, -1));
    }

    @Test
    void sendFormatIsFlagsThenLengthPrefixedBounds() {
        send(INT4RANGE, "[1,5)", "0200000004000000010000000400000005");
        send(INT4RANGE, "empty", "01");
        send(INT4RANGE, "(,3)", "080000000400000003");
        send(INT4RANGE, "[2,)", "120000000400000002");
        send(INT4RANGE, "(,)", "18");
        send((RangeType) Types.NUMRANGE, "[1.5,2.5]", "060000000c0002000000000001000113880000000c000200000000000100021388");
        send((RangeType) Types.DATERANGE, "[2020-01-01,infinity]", "060000000400001c89000000047fffffff");
    }

    @Test
    void receiveCanonicalizesLikeTextInput() {
        // flags 0x00: (1,5) exclusive on both sides, as a client may send it
        Object r = INT4RANGE.fromBinary(HexFormat.of().parseHex("0000000004000000010000000400000005"), -1);
        assertThat(INT4RANGE.toText(r, -1)).isEqualTo("[2,5)");
    }

    @Test
    void keyOrderAgreesWithRangeCmpAndDecodes() {
        Random random = new Random(42);
        DataType type = DataType.of(INT4RANGE);
        for (int i = 0; i < 5000; i++) {
            Range a = randomRange(random);
            Range b = random.nextInt(8) == 0 ? a : randomRange(random);
            boolean desc = random.nextBoolean();
            byte[] ka = new KeyEncoder().add(type, a, desc, false).toBytes();
            byte[] kb = new KeyEncoder().add(type, b, desc, false).toBytes();
            int expected = Integer.signum(INT4RANGE.compare(a, b)) * (desc ? -1 : 1);
            assertThat(Integer.signum(Arrays.compareUnsigned(ka, kb))).as("%s vs %s", a, b).isEqualTo(expected);
            assertThat(new KeyDecoder(ka).read(type, desc)).isEqualTo(a);
        }
    }

    @Test
    void multirangeKeyOrderAgreesWithMultirangeCmpAndDecodes() {
        MultirangeType type = INT4RANGE.multirange();
        DataType dataType = DataType.of(type);
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            Multirange a = randomMultirange(type, random);
            Multirange b = random.nextInt(8) == 0 ? a : randomMultirange(type, random);
            boolean desc = random.nextBoolean();
            byte[] ka = new KeyEncoder().add(dataType, a, desc, false).toBytes();
            byte[] kb = new KeyEncoder().add(dataType, b, desc, false).toBytes();
            int expected = Integer.signum(type.compare(a, b)) * (desc ? -1 : 1);
            assertThat(Integer.signum(Arrays.compareUnsigned(ka, kb))).as("%s vs %s", a, b).isEqualTo(expected);
            assertThat(new KeyDecoder(ka).read(dataType, desc)).isEqualTo(a);
        }
    }

    @Test
    void multirangeSendFormatIsCountThenRanges() {
        MultirangeType type = INT4RANGE.multirange();
        Object value = type.fromText("{[1,5), [7,8]}", -1);
        // multirange_send of '{[1,5),[7,9)}' on PostgreSQL 15
        assertThat(HexFormat.of().formatHex(type.toBinary(value, -1))).isEqualTo(
                "00000002" + "00000011" + "0200000004000000010000000400000005" + "00000011"
                        + "0200000004000000070000000400000009");
        assertThat(type.fromBinary(type.toBinary(value, -1), -1)).isEqualTo(value);
    }

    private static Multirange randomMultirange(MultirangeType type, Random random) {
        java.util.List<Range> ranges = new java.util.ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            ranges.add(randomRange(random));
        }
        return type.canonical(ranges);
    }

    private static Range randomRange(Random random) {
        if (random.nextInt(10) == 0) {
            return Range.EMPTY;
        }
        Integer lower = random.nextInt(5) == 0 ? null : random.nextInt(20) - 10;
        Integer upper = random.nextInt(5) == 0 ? null : random.nextInt(20) - 10;
        if (lower != null && upper != null && lower > upper) {
            Integer t = lower;
            lower = upper;
            upper = t;
        }
        return INT4RANGE.make(lower, random.nextBoolean(), upper, random.nextBoolean());
    }
}
