package io.pglitedb.exec.copy;

import io.pglitedb.types.DataType;
import java.util.List;

/**
 * COPY TO in CSV format, quoting as PostgreSQL's CopyAttributeOutCSV: a value is quoted when it
 * contains the delimiter, the quote, CR or LF, when it equals the null string (so an empty string
 * is {@code ""} while NULL is nothing), when it is {@code \.} alone in a one-column row, or when
 * FORCE_QUOTE names its column; inside quotes the quote and escape characters get the escape.
 */
final class CsvFormatter extends CopyFormatter {
    private final String nullText;
    private final boolean[] forceQuote;

    CsvFormatter(CopyOptions options, DataType[] types, List<String> names) {
        super(options, types);
        this.nullText = options.nullText();
        this.forceQuote = new boolean[types.length];
        for (int i = 0; i < types.length; i++) {
            forceQuote[i] = options.forceQuoteAll()
                    || (options.forceQuote() != null && names != null && options.forceQuote().contains(names.get(i)));
        }
    }

    @Override
    protected void writeNull() {
        for (byte b : options.nullBytes()) {
            put(b);
        }
    }

    @Override
    protected void writeValue(int column, String text) {
        write(text, forceQuote[column] || text.equals(nullText), types.length == 1);
    }

    @Override
    protected void writeName(String name, boolean single) {
        write(name, false, single);
    }

    private void write(String text, boolean quoted, boolean single) {
        byte delimiter = options.delimiter();
        byte quote = options.quote();
        byte escape = options.escape();
        int n = text.length();
        if (!quoted) {
            if (single && text.equals("\\.")) {
                quoted = true;
            } else {
                for (int i = 0; i < n; i++) {
                    char c = text.charAt(i);
                    if (c == delimiter || c == quote || c == '\n' || c == '\r') {
                        quoted = true;
                        break;
                    }
                }
            }
        }
        if (quoted) {
            put(quote);
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                i += putUtf8(text, i) - 1;
                continue;
            }
            if (quoted && (c == quote || c == escape)) {
                put(escape);
            }
            put((byte) c);
        }
        if (quoted) {
            put(quote);
        }
    }
}
