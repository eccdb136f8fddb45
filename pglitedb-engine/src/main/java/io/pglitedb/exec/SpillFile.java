package io.pglitedb.exec;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.NumericValue;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rows written to a temporary file and read back once in the same order (a sorted run of an
 * external sort). Values are written with a tag of their Java class; only the classes of the common
 * scalar types are supported (see {@link #canWrite}), so an operator asks before it spills.
 * Other readers may start at a row by the offset {@link #offset} gave before it was written
 * ({@link #reader}). The file is deleted when closed.
 */
final class SpillFile implements AutoCloseable {
    private static final byte NULL = 0;
    private static final byte FALSE = 1;
    private static final byte TRUE = 2;
    private static final byte SHORT = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte FLOAT = 6;
    private static final byte DOUBLE = 7;
    private static final byte DECIMAL = 8;
    private static final byte STRING = 9;
    private static final byte BYTES = 10;
    private static final byte ROW = 11;
    private static final byte NUMERIC_NAN = 12;
    private static final byte NUMERIC_POSITIVE_INFINITY = 13;
    private static final byte NUMERIC_NEGATIVE_INFINITY = 14;

    /** Temporary files are named after the process that writes them: pglitedb-spill-PID-.... */
    static final String PREFIX = "pglitedb-spill-" + ProcessHandle.current().pid() + "-";

    private final Path path;
    private SpillStreams.Output out;
    /** The reader {@link #read} goes on with, once writing has finished. */
    private Reader in;
    private long rows;
    private long bytes;

    SpillFile() {
        try {
            path = Files.createTempFile(PREFIX, ".tmp");
            out = new SpillStreams.Output(Files.newOutputStream(path));
        } catch (IOException e) {
            throw ioError("could not create temporary file", e);
        }
    }

    /** True when every value of the row can be written (null, bool, numbers, text, bytea, rows of them). */
    static boolean canWrite(Object[] row) {
        for (Object v : row) {
            if (!canWrite(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean canWrite(Object v) {
        return v == null || v instanceof Boolean || v instanceof Short || v instanceof Integer || v instanceof Long
                || v instanceof Float || v instanceof Double || v instanceof BigDecimal || v instanceof String
                || v instanceof byte[] || v == NumericValue.NAN || v == NumericValue.POSITIVE_INFINITY
                || v == NumericValue.NEGATIVE_INFINITY || v instanceof Object[] row && canWrite(row);
    }

    void write(Object[] row) {
        try {
            writeRow(row);
            rows++;
        } catch (IOException e) {
            throw ioError("could not write to temporary file", e);
        }
    }

    long rows() {
        return rows;
    }

    /** Where the next row written starts: pass it to {@link #reader} to read that row again. */
    long offset() {
        return out.position();
    }

    /** Bytes written (EXPLAIN ANALYZE's Disk figure). */
    long bytes() {
        return bytes;
    }

    /** Ends writing; {@link #read} then returns the rows in the order written. */
    void finishWriting() {
        try {
            bytes = out.position();
            out.close();
            out = null;
            in = new Reader(new SpillStreams.Input(Files.newInputStream(path), 1 << 16));
        } catch (IOException e) {
            throw ioError("could not read temporary file", e);
        }
    }

    /**
     * Another reader of the finished file, from the row that started at {@code offset} (see
     * {@link #offset}); several may read at once. The caller closes it.
     */
    Reader reader(long offset) {
        try {
            SeekableByteChannel channel = Files.newByteChannel(path).position(offset);
            return new Reader(new SpillStreams.Input(Channels.newInputStream(channel), 1 << 14));
        } catch (IOException e) {
            throw ioError("could not read temporary file", e);
        }
    }

    /** Reads rows in the order written from where it was opened. */
    static final class Reader implements AutoCloseable {
        private final SpillStreams.Input in;

        private Reader(SpillStreams.Input in) {
            this.in = in;
        }

        /** The next row, or null after the last. */
        Object[] read() {
            try {
                return readRow(in);
            } catch (EOFException e) {
                return null;
            } catch (IOException e) {
                throw ioError("could not read temporary file", e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The next row, or null after the last. */
    Object[] read() {
        return in.read();
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRow(Object[] row) throws IOException {
        out.writeInt(row.length);
        for (Object v : row) {
            writeValue(v);
        }
    }

    private void writeValue(Object v) throws IOException {
        switch (v) {
            case null -> out.writeByte(NULL);
            case Boolean b -> out.writeByte(b ? TRUE : FALSE);
            case Short s -> {
                out.writeByte(SHORT);
                out.writeShort(s);
            }
            case Integer i -> {
                out.writeByte(INT);
                out.writeInt(i);
            }
            case Long l -> {
                out.writeByte(LONG);
                out.writeLong(l);
            }
            case Float f -> {
                out.writeByte(FLOAT);
                out.writeFloat(f);
            }
            case Double d -> {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            }
            case BigDecimal d -> {
                out.writeByte(DECIMAL);
                out.writeInt(d.scale());
                bytes(d.unscaledValue().toByteArray());
            }
            case String s -> {
                out.writeByte(STRING);
                bytes(s.getBytes(StandardCharsets.UTF_8));
            }
            case byte[] b -> {
                out.writeByte(BYTES);
                bytes(b);
            }
            case Object[] r -> {
                out.writeByte(ROW);
                writeRow(r);
            }
            default -> {
                if (v == NumericValue.NAN) {
                    out.writeByte(NUMERIC_NAN);
                } else if (v == NumericValue.POSITIVE_INFINITY) {
                    out.writeByte(NUMERIC_POSITIVE_INFINITY);
                } else if (v == NumericValue.NEGATIVE_INFINITY) {
                    out.writeByte(NUMERIC_NEGATIVE_INFINITY);
                } else {
                    throw new IllegalStateException("cannot spill a " + v.getClass().getName()); // see canWrite
                }
            }
        }
    }

    private void bytes(byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static Object[] readRow(SpillStreams.Input in) throws IOException {
        Object[] row = new Object[in.readInt()];
        for (int i = 0; i < row.length; i++) {
            row[i] = readValue(in);
        }
        return row;
    }

    private static Object readValue(SpillStreams.Input in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case SHORT -> in.readShort();
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case FLOAT -> in.readFloat();
            case DOUBLE -> in.readDouble();
            case DECIMAL -> {
                int scale = in.readInt();
                yield new BigDecimal(new BigInteger(readBytes(in)), scale);
            }
            case STRING -> new String(readBytes(in), StandardCharsets.UTF_8);
            case BYTES -> readBytes(in);
            case ROW -> readRow(in);
            case NUMERIC_NAN -> NumericValue.NAN;
            case NUMERIC_POSITIVE_INFINITY -> NumericValue.POSITIVE_INFINITY;
            case NUMERIC_NEGATIVE_INFINITY -> NumericValue.NEGATIVE_INFINITY;
            default -> throw new PgException(SqlState.DATA_CORRUPTED, "invalid value tag %d in temporary file", tag);
        };
    }

    private static byte[] readBytes(SpillStreams.Input in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    private static PgException ioError(String message, IOException e) {
        return new PgException(SqlState.IO_ERROR, "%s: %s", message, e.getMessage());
    }
}
