package io.pglitedb.exec.copy;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the rows of COPY TO in text or CSV format, one line per row (one CopyData message per
 * row, as PostgreSQL sends them). Values are rendered with {@link io.pglitedb.types.PgType#toText};
 * the subclass escapes (text) or quotes (CSV) them. One reusable buffer; each row's bytes are a
 * fresh array.
 */
public abstract class CopyFormatter {
    protected final CopyOptions options;
    protected final DataType[] types;
    private byte[] buffer = new byte[256];
    private int length;

    protected CopyFormatter(CopyOptions options, DataType[] types) {
        this.options = options;
        this.types = types.clone();
    }

    /**
     * @param types the output columns' types
     * @param names the output columns' names (FORCE_QUOTE and the header use them)
     */
    public static CopyFormatter of(CopyOptions options, DataType[] types, List<String> names) {
        return switch (options.format()) {
            case TEXT -> new CopyTextFormatter(options, types);
            case CSV -> new CsvFormatter(options, types, names);
            case BINARY -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY BINARY is not supported yet");
        };
    }

    /** The header line (the column names), for the HEADER option. */
    public final byte[] header(List<String> names) {
        length = 0;
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                put(options.delimiter());
            }
            writeName(names.get(i), names.size() == 1);
        }
        put((byte) '\n');
        return Arrays.copyOf(buffer, length);
    }

    /** One row as a line; null values as the null string. */
    public final byte[] format(Object[] row) {
        length = 0;
        byte delimiter = options.delimiter();
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                put(delimiter);
            }
            Object value = row[i];
            if (value == null) {
                writeNull();
            } else {
                writeValue(i, types[i].type().toText(value, types[i].typmod()));
            }
        }
        put((byte) '\n');
        return Arrays.copyOf(buffer, length);
    }

    protected abstract void writeNull();

    protected abstract void writeValue(int column, String text);

    protected abstract void writeName(String name, boolean single);

    protected final void put(byte b) {
        if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[length++] = b;
    }

    protected final void putAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
    }

    /** Appends a non-ASCII character (at index i of s) as UTF-8. @return the chars consumed (1 or 2) */
    protected final int putUtf8(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x800) {
            put((byte) (0xC0 | (c >> 6)));
            put((byte) (0x80 | (c & 0x3F)));
            return 1;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            put((byte) (0xF0 | (cp >> 18)));
            put((byte) (0x80 | ((cp >> 12) & 0x3F)));
            put((byte) (0x80 | ((cp >> 6) & 0x3F)));
            put((byte) (0x80 | (cp & 0x3F)));
            return 2;
        }
        if (Character.isSurrogate(c)) {
            c = '?';
            put((byte) c);
            return 1;
        }
        put((byte) (0xE0 | (c >> 12)));
        put((byte) (0x80 | ((c >> 6) & 0x3F)));
        put((byte) (0x80 | (c & 0x3F)));
        return 1;
    }
}
