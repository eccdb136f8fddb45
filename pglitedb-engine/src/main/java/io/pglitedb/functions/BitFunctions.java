package io.pglitedb.functions;

import io.pglitedb.types.BitType;
import io.pglitedb.types.BitType.Bits;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The functions on bit strings (bit and bit varying; bit arguments use varbit's forms). */
final class BitFunctions {
    private BitFunctions() {
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

    static void register(Map<String, List<Scalars.Signature>> m) {
        PgType vb = Types.VARBIT;
        PgType bit = Types.BIT;
        PgType i4 = Types.INT4;
        add(m, "length", i4, a -> ((Bits) a[0]).length(), vb);
        add(m, "bit_length", i4, a -> ((Bits) a[0]).length(), vb);
        add(m, "octet_length", i4, a -> (((Bits) a[0]).length() + 7) / 8, vb);
        add(m, "bit_count", Types.INT8, a -> BitType.bitCount((Bits) a[0]), vb);
        add(m, "substring", vb, a -> BitType.substring((Bits) a[0], (Integer) a[1], (Integer) a[2]), vb, i4, i4);
        add(m, "substring", vb, a -> BitType.substring((Bits) a[0], (Integer) a[1], null), vb, i4);
        add(m, "position", i4, a -> BitType.position((Bits) a[1], (Bits) a[0]), vb, vb);
        add(m, "overlay", vb, a -> BitType.overlay((Bits) a[0], (Bits) a[1], (Integer) a[2], (Integer) a[3]), vb, vb, i4,
                i4);
        add(m, "overlay", vb, a -> BitType.overlay((Bits) a[0], (Bits) a[1], (Integer) a[2], null), vb, vb, i4);
        add(m, "get_bit", i4, a -> BitType.getBit((Bits) a[0], (Integer) a[1]), vb, i4);
        add(m, "set_bit", vb, a -> BitType.setBit((Bits) a[0], (Integer) a[1], (Integer) a[2]), vb, i4, i4);
    }
}
