package io.pglitedb.exec.copy;

import java.nio.charset.StandardCharsets;

/**
 * COPY's text format: fields split by the delimiter (tab), the null string ({@code \N}) compared
 * with the raw field, and backslash escapes {@code \b \f \n \r \t \v \\}, {@code \ddd} (octal),
 * {@code \xhh} (hex), any other {@code \c} meaning c. A backslash also quotes a following raw
 * newline or delimiter, as in PostgreSQL.
 */
final class CopyTextParser extends CopyParser {
    /** The previous chunk ended in a backslash: the next byte is quoted. */
    private boolean pendingBackslash;

    CopyTextParser(CopyOptions options) {
        super(options);
    }

    @Override
    protected int scanRecordEnd(byte[] data, int from, int to) {
        int i = from;
        if (pendingBackslash) {
            pendingBackslash = false;
            i++;
        }
        while (i < to) {
            byte b = data[i];
            if (b == '\n') {
                return i;
            }
            if (b == '\\') {
                if (i + 1 == to) {
                    pendingBackslash = true;
                    return -1;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return -1;
    }

    @Override
    protected int split(byte[] record, int length) {
        int count = 0;
        int start = 0;
        byte delim = delimiter;
        while (true) {
            int i = start;
            boolean escaped = false;
            while (i < length) {
                byte b = record[i];
                if (b == delim) {
                    break;
                }
                if (b == '\\') {
                    escaped = true;
                    i += 2;
                } else {
                    i++;
                }
            }
            if (i > length) {
                i = length;
            }
            String value;
            if (isNullMarker(record, start, i)) {
                value = null;
            } else if (escaped) {
                value = unescape(record, start, i);
            } else {
                value = new String(record, start, i - start, StandardCharsets.UTF_8);
            }
            addField(count++, value);
            if (i >= length) {
                return count;
            }
            start = i + 1;
        }
    }

    private String unescape(byte[] in, int from, int to) {
        ensureScratch(to - from);
        byte[] out = scratch;
        int n = 0;
        int i = from;
        while (i < to) {
            byte b = in[i++];
            if (b != '\\') {
                out[n++] = b;
                continue;
            }
            if (i >= to) {
                break; // a backslash at the very end of the line is dropped, as in PostgreSQL
            }
            byte c = in[i++];
            switch (c) {
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = c - '0';
                    if (i < to && in[i] >= '0' && in[i] <= '7') {
                        value = (value << 3) + (in[i++] - '0');
                        if (i < to && in[i] >= '0' && in[i] <= '7') {
                            value = (value << 3) + (in[i++] - '0');
                        }
                    }
                    out[n++] = (byte) value;
                }
                case 'x' -> {
                    int d = i < to ? hex(in[i]) : -1;
                    if (d < 0) {
                        out[n++] = 'x';
                    } else {
                        i++;
                        int e = i < to ? hex(in[i]) : -1;
                        if (e >= 0) {
                            i++;
                            d = (d << 4) + e;
                        }
                        out[n++] = (byte) d;
                    }
                }
                case 'b' -> out[n++] = '\b';
                case 'f' -> out[n++] = '\f';
                case 'n' -> out[n++] = '\n';
                case 'r' -> out[n++] = '\r';
                case 't' -> out[n++] = '\t';
                case 'v' -> out[n++] = 0x0B;
                default -> out[n++] = c;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
