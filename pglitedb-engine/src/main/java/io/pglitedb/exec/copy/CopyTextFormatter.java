package io.pglitedb.exec.copy;

import io.pglitedb.types.DataType;

/**
 * COPY TO in text format, escaping as PostgreSQL's CopyAttributeOutText: backslash, the delimiter
 * and the control characters \b \f \n \r \t \v are written with a backslash; NULL is the null
 * string ({@code \N}) as is.
 */
final class CopyTextFormatter extends CopyFormatter {
    private final byte[] nullBytes;

    CopyTextFormatter(CopyOptions options, DataType[] types) {
        super(options, types);
        this.nullBytes = options.nullBytes();
    }

    @Override
    protected void writeNull() {
        for (byte b : nullBytes) {
            put(b);
        }
    }

    @Override
    protected void writeValue(int column, String text) {
        byte delimiter = options.delimiter();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                i += putUtf8(text, i) - 1;
                continue;
            }
            if (c < 0x20) {
                switch (c) {
                    case '\b' -> { put((byte) '\\'); put((byte) 'b'); }
                    case '\f' -> { put((byte) '\\'); put((byte) 'f'); }
                    case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                    case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                    case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                    case 0x0B -> { put((byte) '\\'); put((byte) 'v'); }
                    default -> {
                        if (c == delimiter) {
                            put((byte) '\\');
                        }
                        put((byte) c);
                    }
                }
                continue;
            }
            if (c == '\\' || c == delimiter) {
                put((byte) '\\');
            }
            put((byte) c);
        }
    }

    @Override
    protected void writeName(String name, boolean single) {
        writeValue(0, name);
    }
}
