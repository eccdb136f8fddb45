package io.pglitedb.exec.copy;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.charset.StandardCharsets;

/**
 * COPY's CSV format: fields split by the delimiter (comma); a quoted part ({@code "..."}) may hold
 * delimiters and newlines, and inside it the escape character (by default the quote itself, so
 * {@code ""}) makes the next quote or escape literal. PostgreSQL's null rule: a field is NULL when
 * it matches the null string (empty by default) and had no quotes at all, so {@code ,,} is NULL
 * and {@code ,"",} is an empty string. FORCE_NOT_NULL and FORCE_NULL columns change that rule.
 */
final class CsvParser extends CopyParser {
    private final byte quote;
    private final byte escape;
    private boolean inQuote;
    private boolean pendingEscape;
    private boolean[] forceNotNull;
    private boolean[] forceNull;

    CsvParser(CopyOptions options) {
        super(options);
        this.quote = options.quote();
        this.escape = options.escape();
    }

    /** Per field position: never NULL (FORCE_NOT_NULL) / NULL even when quoted (FORCE_NULL); null = none. */
    @Override
    public void forceNulls(boolean[] notNull, boolean[] quotedNull) {
        this.forceNotNull = notNull;
        this.forceNull = quotedNull;
    }

    @Override
    protected int scanRecordEnd(byte[] data, int from, int to) {
        boolean quoted = inQuote;
        boolean esc = pendingEscape;
        byte q = quote;
        byte e = escape;
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (!quoted) {
                if (b == '\n') {
                    inQuote = false;
                    pendingEscape = false;
                    return i;
                }
                if (b == q) {
                    quoted = true;
                }
            } else if (esc) {
                esc = false; // an escaped quote or escape is data; any other byte is plain data too
            } else if (b == e && e != q) {
                esc = true;
            } else if (b == q) {
                quoted = false;
            }
        }
        inQuote = quoted;
        pendingEscape = esc;
        return -1;
    }

    @Override
    protected boolean insideQuotes() {
        return inQuote;
    }

    @Override
    protected int split(byte[] record, int length) {
        int count = 0;
        int start = 0;
        byte delim = delimiter;
        byte q = quote;
        byte e = escape;
        ensureScratch(length);
        while (true) {
            int i = start;
            int n = 0;
            boolean sawQuote = false;
            boolean quoted = false;
            byte[] out = scratch;
            while (i < length) {
                byte b = record[i];
                if (!quoted) {
                    if (b == delim) {
                        break;
                    }
                    if (b == q) {
                        sawQuote = true;
                        quoted = true;
                    } else {
                        out[n++] = b;
                    }
                    i++;
                } else if (b == e && i + 1 < length && (record[i + 1] == q || record[i + 1] == e)) {
                    out[n++] = record[i + 1];
                    i += 2;
                } else if (b == q) {
                    quoted = false;
                    i++;
                } else {
                    out[n++] = b;
                    i++;
                }
            }
            if (quoted) {
                throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "unterminated CSV quoted field");
            }
            String value;
            boolean notNull = forceNotNull != null && count < forceNotNull.length && forceNotNull[count];
            boolean quotedNull = forceNull != null && count < forceNull.length && forceNull[count];
            if (!notNull && (!sawQuote ? isNullMarker(record, start, i) : quotedNull && isNullMarker(out, 0, n))) {
                value = null;
            } else if (!sawQuote) {
                value = new String(record, start, i - start, StandardCharsets.UTF_8);
            } else {
                value = new String(out, 0, n, StandardCharsets.UTF_8);
            }
            addField(count++, value);
            if (i >= length) {
                return count;
            }
            start = i + 1;
        }
    }
}
