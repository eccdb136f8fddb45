package io.pglitedb.types.geo;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.Float8Type;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TypeCategory;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * What the geometric types share: category G, binary formats made of float8s, and a total order
 * for internal use only. PostgreSQL has no btree operator class for point, circle or polygon (box
 * orders by area), so {@link #compare} is never an SQL operator: it only keeps sorting and
 * grouping machinery deterministic.
 */
abstract class GeometricType extends PgType {
    GeometricType(int oid, String name, int length) {
        super(oid, name, length, TypeCategory.GEOMETRIC);
    }

    static int comparePoints(Point a, Point b) {
        int c = Float8Type.compareDoubles(a.x(), b.x());
        return c != 0 ? c : Float8Type.compareDoubles(a.y(), b.y());
    }

    static void putPoint(ByteBuffer out, Point p) {
        out.putDouble(p.x()).putDouble(p.y());
    }

    static Point getPoint(ByteBuffer in) {
        return new Point(in.getDouble(), in.getDouble());
    }

    /** Reads a binary value, turning a short buffer into 22P03 and refusing trailing bytes as pq_getmsgend does. */
    static <T> T read(byte[] bytes, java.util.function.Function<ByteBuffer, T> reader) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        T value;
        try {
            value = reader.apply(in);
        } catch (BufferUnderflowException e) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "insufficient data left in message");
        }
        if (in.hasRemaining()) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
        }
        return value;
    }
}
